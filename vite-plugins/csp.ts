import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy, as a meta tag (the app is static files: no server to
 * send a header). Only the app's own origin, nowhere else:
 * - `script-src 'self' 'wasm-unsafe-eval'`: the app's chunks, and compiling solver.wasm (no eval);
 * - `worker-src 'self'`: every worker is a file of the build (Monaco's included), none a blob;
 * - `style-src 'self' 'unsafe-inline'`: Monaco builds its DOM from HTML strings with `style`
 *   attributes and writes `<style>` elements at run time (theme colours, decorations, widgets);
 *   with `style-src 'self'` the Scripts view reports dozens of `style-src-attr` violations from the
 *   Monaco chunk (tried). Styles run no code, and a nonce is impossible for a static app with no
 *   server to mint one;
 * - `img-src`/`font-src` allow `data:` for the inline SVG and codicon glyphs in Monaco's CSS;
 * - `connect-src 'self'`: samples, solver.wasm and the service worker's precache.
 * Not applied to `vite dev`, whose client injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'promo-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // First in <head>: a meta policy covers only what comes after it.
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
  };
}
