// The editor's schema extensions for the workspace's rich text (shared/report/rich-text.ts):
// `kpiRef` (a live reference rendered with the current value), `footnote`, and the
// `metricLink` mark that ties typed figures to a metric for the checks. Their JSON is exactly
// what the store validates, so a document loads and saves unchanged.
import { createContext, useContext } from 'react';
import { Mark, Node, mergeAttributes } from '@tiptap/core';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { KpiRefAttrs } from '../../shared/report/rich-text.js';

/** Renders a reference's value as the report would, in the UI language. */
export type KpiLookup = (attrs: KpiRefAttrs) => string;
export const KpiLookupContext = createContext<KpiLookup>((a) => a.code);

function KpiRefView({ node }: ReactNodeViewProps) {
  const lookup = useContext(KpiLookupContext);
  const attrs = node.attrs as KpiRefAttrs;
  return (
    <NodeViewWrapper as="span" className="kpi-ref" title={`${attrs.code}${attrs.year !== 'current' ? ` @${attrs.year}` : ''}${attrs.show === 'change_pct' ? ' Δ%' : ''}`} data-testid="kpi-ref">
      {lookup(attrs)}
    </NodeViewWrapper>
  );
}

export const KpiRef = Node.create({
  name: 'kpiRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      code: { default: '' },
      dims: { default: {} },
      year: { default: 'current' },
      show: { default: 'value' },
    };
  },
  parseHTML: () => [{ tag: 'span[data-kpi-ref]' }],
  renderHTML: ({ HTMLAttributes }) => ['span', mergeAttributes({ 'data-kpi-ref': '' }, { 'data-code': HTMLAttributes['code'] as string })],
  addNodeView() {
    return ReactNodeViewRenderer(KpiRefView, { as: 'span' });
  },
});

export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  addAttributes() {
    return { text: { default: '' } };
  },
  parseHTML: () => [{ tag: 'sup[data-footnote]' }],
  renderHTML: ({ node }) => ['sup', { 'data-footnote': '', class: 'footnote-ref', title: node.attrs['text'] as string }, '*'],
});

export const MetricLink = Mark.create({
  name: 'metricLink',
  addAttributes() {
    return { code: { default: '' }, dims: { default: {} }, compare: { default: 'change_pct' } };
  },
  parseHTML: () => [{ tag: 'span[data-metric-link]' }],
  renderHTML: ({ mark }) => ['span', { 'data-metric-link': '', title: mark.attrs['code'] as string, style: 'text-decoration: underline dotted' }, 0],
});
