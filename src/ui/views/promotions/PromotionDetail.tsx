import { For, Show, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { Promotion } from '../../../domain/promotion.ts';
import type { DescribeContext } from '../../describe/context.ts';
import { describePromotion } from '../../describe/describe-promotion.ts';
import { StatusChip } from '../../components/StatusChip.tsx';
import { WordsTree } from '../../components/WordsTree.tsx';

function Fact(props: { readonly term: string; readonly children: JSX.Element }) {
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

function Lines(props: { readonly lines: readonly string[]; readonly none: string }) {
  return (
    <Show when={props.lines.length > 0} fallback={<span class="muted">{props.none}</span>}>
      <ul class="plain-list">
        <For each={props.lines}>{(l) => <li>{l}</li>}</For>
      </ul>
    </Show>
  );
}

/** One promotion in plain words, section by section. */
export function PromotionDetail(props: { readonly promotion: Promotion; readonly context: DescribeContext; /** 3 beside the editor, whose own title is the h2. */ readonly level?: 2 | 3 }) {
  const words = () => describePromotion(props.promotion, props.context);
  return (
    <article class="detail">
      <header class="detail-head">
        <div class="detail-title-row">
          <Dynamic component={props.level === 3 ? 'h3' : 'h2'} class="detail-title">
            {props.promotion.name}
          </Dynamic>
          <StatusChip status={props.promotion.status} />
        </div>
        <div class="detail-sub">
          <code>{props.promotion.id}</code>
          <Show when={props.promotion.label}>
            <span>Receipt: “{props.promotion.label}”</span>
          </Show>
          <Show when={props.promotion.group}>
            <span>Group {props.promotion.group}</span>
          </Show>
        </div>
      </header>
      <p class="headline" aria-label="What it gives">
        {words().headline}
      </p>
      <Show when={props.promotion.description}>
        <p class="muted">{props.promotion.description}</p>
      </Show>
      <dl class="facts">
        <Fact term="Kind">{words().kind}</Fact>
        <Fact term="Trigger">{words().trigger}</Fact>
        <Fact term="Schedule">{words().schedule}</Fact>
        <Fact term="Priority">
          {props.promotion.priority} <span class="muted">(1 is evaluated first)</span>
        </Fact>
        <Fact term="Combines">{words().concurrency}</Fact>
        <Fact term="Where">
          <Lines lines={words().scope} none="Everywhere" />
        </Fact>
        <Show when={words().items.length > 0}>
          <Fact term="Items">
            <Lines lines={words().items} none="" />
          </Fact>
        </Show>
        <Fact term="Customers">
          <Show when={words().customerFilters.length > 0} fallback={<span class="muted">Everyone</span>}>
            <ul class="plain-list">
              <For each={words().customerFilters}>
                {(node) => (
                  <li>
                    <WordsTree node={node} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Fact>
        <Fact term="Conditions">
          <Show when={words().conditions} fallback={<span class="muted">None</span>}>
            {(node) => <WordsTree node={node()} />}
          </Show>
        </Fact>
        <Fact term="Limits">
          <Lines lines={words().limits} none="No limits" />
        </Fact>
      </dl>
    </article>
  );
}
