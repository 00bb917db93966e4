// A narrative block in both languages, edited with TipTap: bold, italic, lists, footnotes and
// live KPI references (shown with the current value). Saved as ProseMirror JSON through
// `block:update`, which validates it against the same schema the export reads. The same
// editor serves bullet lists (one list, an item per paragraph) and case-study boxes (a title
// and rich text per language).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Input, Popover, Segmented, Select, Space, Typography } from 'antd';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { GridRow } from '../../shared/api/contract.js';
import type { Lang } from '../../shared/domain.js';
import type { Block } from '../../shared/report/blocks.js';
import { EMPTY_DOC, type Inline, type KpiRefAttrs, type RichDoc } from '../../shared/report/rich-text.js';
import { docToItems, itemsToDoc } from '../../shared/report/block-defaults.js';
import { resolveKpiRef } from '../../shared/report/resolve.js';
import { fullWidthDoc } from '../../shared/report/fullwidth-doc.js';
import { fullWidthPunctuation } from '../../shared/text/typography.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';
import { Footnote, KpiLookupContext, KpiRef, MetricLink, type KpiLookup } from './tiptap-nodes.js';
import { useBlockSave } from './use-block-save.js';
import { readDraft } from './block-drafts.js';

interface Props {
  block: Block;
  year: number;
  readOnly: boolean;
  onSaved: () => void;
}

type TextContent = { doc?: RichDoc; items?: Inline[][]; title?: string };

function docOf(block: Block, c: TextContent): RichDoc {
  return block.type === 'bullet_list' ? itemsToDoc(c.items ?? []) : (c.doc ?? EMPTY_DOC);
}

function contentOf(block: Block, doc: RichDoc, title: string): TextContent {
  if (block.type === 'bullet_list') return { items: docToItems(doc) };
  return block.type === 'case_study' ? { title: title.trim(), doc } : { doc };
}

const dimsKey = (d: Record<string, string>) => Object.keys(d).sort().map((k) => `${k}=${d[k]}`).join(';');

const starter: Parameters<typeof StarterKit.configure>[0] = { blockquote: false, codeBlock: false, code: false, horizontalRule: false, strike: false, underline: false, link: false, heading: { levels: [2, 3, 4] } };
const extensions = [StarterKit.configure(starter), KpiRef, Footnote, MetricLink];
// A bullet list is one list: no empty paragraph kept after it (it would read as another item).
const listExtensions = [StarterKit.configure({ ...starter, trailingNode: false }), KpiRef, Footnote, MetricLink];

function Toolbar({ editor, disabled }: { editor: Editor | null; disabled: boolean }) {
  const { t, lang, metricName } = useI18n();
  const cat = useCatalogue();
  const [note, setNote] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [previous, setPrevious] = useState(false);
  const [change, setChange] = useState(false);
  if (!editor) return null;
  const btn = (label: string, active: boolean, run: () => void, key: string) => (
    <Button size="small" type={active ? 'primary' : 'default'} aria-pressed={active} disabled={disabled} onMouseDown={(e) => e.preventDefault()} onClick={run} title={key}>
      {label}
    </Button>
  );
  return (
    <Space wrap size={4} role="toolbar" aria-label={t('editor.toolbar')}>
      {btn(t('editor.bold'), editor.isActive('bold'), () => editor.chain().focus().toggleBold().run(), 'Ctrl+B')}
      {btn(t('editor.italic'), editor.isActive('italic'), () => editor.chain().focus().toggleItalic().run(), 'Ctrl+I')}
      {btn(t('editor.bullets'), editor.isActive('bulletList'), () => editor.chain().focus().toggleBulletList().run(), 'Ctrl+Shift+8')}
      {btn(t('editor.numbers'), editor.isActive('orderedList'), () => editor.chain().focus().toggleOrderedList().run(), 'Ctrl+Shift+7')}
      <Popover
        trigger="click"
        content={
          <Space.Compact>
            <Input aria-label={t('editor.footnoteText')} placeholder={t('editor.footnoteText')} value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 260 }} />
            <Button disabled={!note.trim()} onClick={() => { editor.chain().focus().insertContent({ type: 'footnote', attrs: { text: note.trim() } }).run(); setNote(''); }}>{t('editor.ok')}</Button>
          </Space.Compact>
        }
      >
        <Button size="small" disabled={disabled}>{t('editor.footnote')}</Button>
      </Popover>
      <Popover
        trigger="click"
        content={
          <Space direction="vertical">
            <Select
              showSearch
              aria-label={t('editor.kpiCode')}
              placeholder={t('editor.kpiCode')}
              value={code}
              onChange={setCode}
              style={{ width: 320 }}
              optionFilterProp="label"
              options={cat.view.metrics.filter((m) => !m.code.startsWith('factor.')).map((m) => ({ value: m.code, label: `${metricName(m, m.code)} (${m.code})` }))}
            />
            <Space>
              <Checkbox checked={previous} onChange={(e) => setPrevious(e.target.checked)}>{t('editor.kpiPrevious')}</Checkbox>
              <Checkbox checked={change} onChange={(e) => setChange(e.target.checked)}>{t('editor.kpiChange')}</Checkbox>
              <Button type="primary" size="small" disabled={!code} onClick={() => code && editor.chain().focus().insertContent({ type: 'kpiRef', attrs: { code, dims: {}, year: previous ? 'previous' : 'current', show: change ? 'change_pct' : 'value' } }).run()}>{t('editor.ok')}</Button>
            </Space>
          </Space>
        }
      >
        <Button size="small" disabled={disabled}>{t('editor.kpi')}</Button>
      </Popover>
      <span lang={lang} />
    </Space>
  );
}

function LangEditor({ doc, readOnly, list, onChange }: { doc: RichDoc; readOnly: boolean; list: boolean; onChange: (d: RichDoc) => void }) {
  const editor = useEditor({
    extensions: list ? listExtensions : extensions,
    content: doc,
    editable: !readOnly,
    immediatelyRender: true,
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as RichDoc),
  });
  return (
    <>
      <Toolbar editor={editor} disabled={readOnly} />
      <div className="rt-editor" data-testid="rt-editor">
        <EditorContent editor={editor} />
      </div>
    </>
  );
}

export function RichTextBlockEditor({ block, year, readOnly, onSaved }: Props) {
  const { t, lang: uiLang } = useI18n();
  const cat = useCatalogue();
  const [draft] = useState(() => readDraft(block));
  // This window's unsaved draft over the saved block, when one was left (see block-drafts.ts).
  const content = (draft ?? block).content as unknown as Record<Lang, TextContent>;
  const [docs, setDocs] = useState<Record<Lang, RichDoc>>({ 'zh-Hant': docOf(block, content['zh-Hant']), en: docOf(block, content.en) });
  const [titles, setTitles] = useState<Record<Lang, string>>({ 'zh-Hant': content['zh-Hant'].title ?? '', en: content.en.title ?? '' });
  // The editor of the language not shown is re-created from here when shown again.
  const docsRef = useRef(docs);
  docsRef.current = docs;
  const [textLang, setTextLang] = useState<Lang>(uiLang);
  // Bumped by the punctuation fix: the Chinese editor is re-created from the fixed document.
  const [fixes, setFixes] = useState(0);
  // typography.halfwidth_punctuation: what the one-click fix would change in the Chinese text.
  const halfWidth = useMemo(() => {
    const fixed = fullWidthDoc(docs['zh-Hant']);
    const title = fullWidthPunctuation(titles['zh-Hant']);
    return { doc: fixed.value, title, count: fixed.changed.length + (title === titles['zh-Hant'] ? 0 : 1) };
  }, [docs, titles]);
  const [grid, setGrid] = useState<Map<string, GridRow>>(new Map());

  useEffect(() => {
    void call('data:grid', { year }).then((g) => setGrid(new Map(g.rows.map((r) => [`${r.metric}|${dimsKey(r.dims)}`, r]))), () => undefined);
  }, [year]);

  // A reference renders as the report in that text's language will show it (萬噸 in Chinese).
  const lookupFor = useCallback(
    (l: Lang): KpiLookup =>
      (a: KpiRefAttrs) =>
        resolveKpiRef(a, {
          year,
          lang: l,
          metric: (c) => cat.byCode.get(c),
          lookup: (code, dims, y) => {
            const row = grid.get(`${code}|${dimsKey(dims)}`);
            return !row ? null : y === year ? row.value : y === year - 1 ? row.prior : null;
          },
        }).text,
    [grid, cat, year],
  );

  const body = () => ({ type: block.type, config: block.config, content: { 'zh-Hant': contentOf(block, docs['zh-Hant'], titles['zh-Hant']), en: contentOf(block, docs.en, titles.en) } });
  const { dirty, status, markEdited, clearStatus, save, onBlur } = useBlockSave(block, draft, onSaved, body);

  const editorFor = useMemo(
    () => (l: Lang) => (
      <LangEditor
        key={`${block.id}-${l}-${l === 'zh-Hant' ? fixes : 0}`}
        doc={docsRef.current[l]}
        readOnly={readOnly}
        list={block.type === 'bullet_list'}
        onChange={(d) => {
          setDocs((prev) => ({ ...prev, [l]: d }));
          markEdited();
        }}
      />
    ),
    // The editor owns its document once created (docs only seeds it, with the latest text of
    // its language when switched back to); re-create only for another block, read-only state
    // or a fix of the Chinese punctuation.
    [block.id, readOnly, fixes],
  );

  const fixPunctuation = () => {
    docsRef.current = { ...docsRef.current, 'zh-Hant': halfWidth.doc };
    setDocs((prev) => ({ ...prev, 'zh-Hant': halfWidth.doc }));
    setTitles((prev) => ({ ...prev, 'zh-Hant': halfWidth.title }));
    setFixes((n) => n + 1);
    markEdited();
  };

  return (
    <KpiLookupContext.Provider value={lookupFor(textLang)}>
      <div data-testid="block-editor" data-block={block.id} onBlur={onBlur} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
        <Space wrap>
          <Segmented aria-label={t('editor.lang')} value={textLang} onChange={(v) => setTextLang(v as Lang)} options={[{ value: 'zh-Hant', label: '繁體中文' }, { value: 'en', label: 'English' }]} />
          <Button type="primary" size="small" onClick={() => void save()} disabled={readOnly || !dirty}>{block.type === 'rich_text' ? t('editor.save') : t('block.save')}</Button>
          {dirty && <Typography.Text type="warning">{t('editor.unsaved')}</Typography.Text>}
        </Space>
        {block.type === 'case_study' && (
          <label style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span style={{ flex: 'none' }}>{t('block.caseTitle')}</span>
            <Input
              lang={textLang}
              value={titles[textLang]}
              disabled={readOnly}
              status={titles[textLang].trim() ? undefined : 'error'}
              onChange={(e) => {
                setTitles((prev) => ({ ...prev, [textLang]: e.target.value }));
                markEdited();
              }}
            />
          </label>
        )}
        {textLang === 'zh-Hant' && halfWidth.count > 0 && !readOnly && (
          <Alert
            type="warning"
            showIcon
            data-testid="halfwidth-warning"
            // Advice, not an alert: the save status keeps the block's one alert role.
            role="status"
            message={t('editor.halfwidth', { n: halfWidth.count })}
            action={<Button size="small" onClick={fixPunctuation}>{t('editor.halfwidthFix')}</Button>}
          />
        )}
        <div lang={textLang}>{editorFor(textLang)}</div>
        <div aria-live="polite">{status && <Alert type={status.type} showIcon message={status.text} closable onClose={clearStatus} />}</div>
      </div>
    </KpiLookupContext.Provider>
  );
}
