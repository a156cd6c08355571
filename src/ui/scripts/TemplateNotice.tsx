import type { ExtensionPointName } from '../../domain/script.ts';

/**
 * Asked after the extension point changed on a script that is more than the old point's template:
 * replacing it with the new template would throw the author's text away, so it is their call.
 */
export function TemplateNotice(props: {
  readonly from: ExtensionPointName;
  readonly to: ExtensionPointName;
  readonly onReplace: () => void;
  readonly onKeep: () => void;
}) {
  return (
    <div class="notice notice-warn scripts-template-ask" role="group" aria-label="Replace with the template?">
      <p>
        This script was written for <code>{props.from}</code>. Replace its text with the <code>{props.to}</code> template? Undo
        (Ctrl/⌘+Z in the editor) brings your text back.
      </p>
      <div class="scripts-template-actions">
        <button type="button" class="btn" onClick={() => props.onReplace()}>
          Replace with template
        </button>
        <button type="button" class="btn btn-ghost" onClick={() => props.onKeep()}>
          Keep my text
        </button>
      </div>
    </div>
  );
}
