import { For, Match, Switch } from 'solid-js';
import type { WordsNode } from '../describe/describe-condition.ts';

/** A condition tree in words, as nested lists: groups say how their children combine. */
export function WordsTree(props: { readonly node: WordsNode }) {
  return (
    <Switch>
      <Match when={props.node.kind === 'leaf' && props.node}>{(leaf) => <span class="words-leaf">{leaf().text}</span>}</Match>
      <Match when={props.node.kind === 'group' && props.node}>
        {(group) => (
          <div class="words-group">
            <span class="words-group-label">{group().text}</span>
            <ul>
              <For each={group().children}>
                {(child) => (
                  <li>
                    <WordsTree node={child} />
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </Match>
    </Switch>
  );
}
