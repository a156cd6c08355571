export function App() {
  return (
    <main>
      <h1>Promo Workbench</h1>
    </main>
  );
}
