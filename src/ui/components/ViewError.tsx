/** What a view shows instead of crashing the page: the error in words and a way to retry. */
export function ViewError(props: { readonly error: unknown; readonly reset: () => void }) {
  const message = () => (props.error instanceof Error ? props.error.message : String(props.error));
  return (
    <div class="view-error" role="alert">
      <h2>This view ran into a problem</h2>
      <p>
        The rest of the workbench still works and your workspace is unchanged. Details: <code>{message()}</code>
      </p>
      <button type="button" class="btn" onClick={() => props.reset()}>
        Try again
      </button>
    </div>
  );
}
