// What a front_matter block will print, in each report language: the very paragraphs the
// DOCX builder writes (edition:front-matter), from the edition's approval date and the
// profile. Shown as text (a bold lead and its sentence), never as markup.
import { useEffect, useState } from 'react';
import { Typography } from 'antd';
import type { FrontMatterPreview as Preview } from '../../shared/api/contract-edition.js';
import type { Lang } from '../../shared/domain.js';
import type { FrontMatterKind } from '../../shared/report/front-matter.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';

const LANGS: Lang[] = ['zh-Hant', 'en'];
const LANG_NAME: Record<Lang, string> = { 'zh-Hant': '繁體中文', en: 'English' };

export function FrontMatterPreview({ year, kind }: { year: number; kind: FrontMatterKind }) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    let live = true;
    void call('edition:front-matter', { year }).then((p) => live && setPreview(p), () => undefined);
    return () => {
      live = false;
    };
  }, [year]);
  if (!preview) return null;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
      {LANGS.map((l) => (
        <section key={l} lang={l} data-testid={`front-preview-${l}`} style={{ border: '1px solid #f0f0f0', borderRadius: 4, padding: '6px 10px', background: '#fafafa' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('frontMatter.preview', { lang: LANG_NAME[l] })}</Typography.Text>
          {preview[l][kind].map((p, i) => (
            <Typography.Paragraph key={i} style={{ margin: '4px 0' }}>
              {p.lead && <Typography.Text strong>{p.lead}{l === 'zh-Hant' ? '：' : ': '}</Typography.Text>}
              {p.text}
            </Typography.Paragraph>
          ))}
        </section>
      ))}
    </div>
  );
}
