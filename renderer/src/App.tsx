// The shell of the UI: start screen until a workspace is open, then the header (year,
// undo, language) and the three screens.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { App as AntApp, ConfigProvider, Layout, Menu, Alert } from 'antd';
import zhTW from 'antd/locale/zh_TW';
import enGB from 'antd/locale/en_GB';
import type { AppInfo, CatalogueView, EditionView, WorkspaceSummary } from '../../shared/api/contract.js';
import { EditionContext } from './edition-context.js';
import type { JumpTarget } from '../../shared/checks/jump.js';
import { dimsFromKey } from '../../shared/dimensions.js';
import type { Lang } from '../../shared/domain.js';
import { api, call } from './api.js';
import { I18nContext, makeI18n, savedLang, saveLang } from './i18n.js';
import { confirmLeave } from './unsaved-work.js';
import { relabelSpinners } from './relabel-spinners.js';
import { iconLabelDefaults } from './icon-labels.js';
import { translate } from '../../shared/i18n/strings.js';
import { CatalogueContext, indexCatalogue, type CatalogueIndex } from './catalogue-context.js';
import { StartScreen } from './StartScreen.js';
import { HeaderBar } from './HeaderBar.js';
import { WhoIsWorking } from './WhoIsWorking.js';
import { PeopleContext, rememberedPerson } from './people-context.js';
import type { PeopleView } from '../../shared/api/contract.js';
import { DataEntryScreen, type GridFocusRequest } from './DataEntryScreen.js';
// Loaded on first use: the charts library is not needed to start typing figures.
const KpiOverviewScreen = lazy(() => import('./KpiOverviewScreen.js').then((m) => ({ default: m.KpiOverviewScreen })));
const FactorsScreen = lazy(() => import('./FactorsScreen.js').then((m) => ({ default: m.FactorsScreen })));
const ExportScreen = lazy(() => import('./ExportScreen.js').then((m) => ({ default: m.ExportScreen })));
const ImportScreen = lazy(() => import('./ImportScreen.js').then((m) => ({ default: m.ImportScreen })));
const TargetsScreen = lazy(() => import('./TargetsScreen.js').then((m) => ({ default: m.TargetsScreen })));
const RegistersScreen = lazy(() => import('./RegistersScreen.js').then((m) => ({ default: m.RegistersScreen })));
const ProfileScreen = lazy(() => import('./ProfileScreen.js').then((m) => ({ default: m.ProfileScreen })));
const SitesScreen = lazy(() => import('./SitesScreen.js').then((m) => ({ default: m.SitesScreen })));
const PeopleScreen = lazy(() => import('./PeopleScreen.js').then((m) => ({ default: m.PeopleScreen })));
const CollectionScreen = lazy(() => import('./CollectionScreen.js').then((m) => ({ default: m.CollectionScreen })));
const OutlineScreen = lazy(() => import('./OutlineScreen.js').then((m) => ({ default: m.OutlineScreen })));

export type Screen = 'data' | 'kpi' | 'factors' | 'outline' | 'registers' | 'targets' | 'import' | 'export' | 'profile' | 'sites' | 'people' | 'collection';

export function App() {
  const [lang, setLang] = useState<Lang>(savedLang());
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [summary, setSummary] = useState<WorkspaceSummary | null>(null);
  const [catalogue, setCatalogue] = useState<CatalogueIndex | null>(null);
  const [catalogueView, setCatalogueView] = useState<CatalogueView | null>(null);
  const [screen, setScreen] = useState<Screen>('data');
  const [year, setYear] = useState<number | null>(null);
  const [revision, setRevision] = useState(0);
  const [fatal, setFatal] = useState<string | null>(null);
  const [edition, setEdition] = useState<EditionView | null>(null);
  const [editionRev, setEditionRev] = useState(0);
  // A check finding's "go to cell": the grid opens at that cell (in the finding's year).
  const [gridFocus, setGridFocus] = useState<GridFocusRequest | null>(null);
  const [people, setPeople] = useState<PeopleView | null>(null);
  // A metric the collection dashboard jumps to: the data screen searches for it.
  const [jump, setJump] = useState<{ metric: string; n: number } | null>(null);
  // Where a jump to the outline lands (a check finding about a report section; n: a new jump each time).
  const [focus, setFocus] = useState<(JumpTarget & { n: number }) | null>(null);
  const i18n = makeI18n(lang);
  // Made once per language: a new object would make every antd component below redraw.
  const iconDefaults = useMemo(() => iconLabelDefaults(makeI18n(lang).t), [lang]);

  // The workspace's people; a person this machine remembers for the workspace is told to the
  // new session at once, so writes are recorded under their name from the first one.
  const reloadPeople = useCallback(async () => {
    let v = await call('people:list', {});
    const remembered = rememberedPerson(v.workspaceId);
    if (v.current === null && remembered !== null && v.people.some((p) => p.id === remembered && p.active)) {
      await call('people:use', { id: remembered });
      v = { ...v, current: remembered };
    }
    setPeople(v);
  }, []);
  useEffect(() => {
    if (summary) void reloadPeople().catch(() => setPeople(null));
    else setPeople(null);
  }, [summary?.fileName, reloadPeople]);

  const changeLang = useCallback((l: Lang) => {
    saveLang(l);
    setLang(l);
  }, []);

  const loadWorkspace = useCallback(async () => {
    try {
      const appInfo = await call('app:info', {});
      setInfo(appInfo);
      if (!appInfo.workspace) {
        setSummary(null);
        setCatalogue(null);
        return;
      }
      const [s, c] = await Promise.all([call('workspace:summary', {}), call('catalogue:get', {})]);
      setSummary(s);
      setCatalogueView(c);
      setCatalogue(indexCatalogue(c, s.sites));
      setYear((y) => (y !== null && s.years.includes(y) ? y : (s.company.reportYear ?? s.years[s.years.length - 1] ?? new Date().getFullYear() - 1)));
      setRevision((r) => r + 1);
    } catch (e) {
      setFatal((e as Error).message);
    }
  }, []);

  useEffect(() => {
    void loadWorkspace();
  }, [loadWorkspace]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t('app.title');
    // The desktop app's native menus follow the UI language (the host ignores it).
    void api.invoke('app:set-language', { lang });
  }, [lang, i18n]);

  useEffect(() => relabelSpinners(document.body, translate(lang, 'number.up'), translate(lang, 'number.down')), [lang]);

  // A workspace main opened itself: a second launch with a file, or one opened from Finder.
  useEffect(() => api.on('workspace-opened', () => void loadWorkspace()), [loadWorkspace]);

  // Menu commands from the Electron shell (none arrive in a browser).
  useEffect(
    () =>
      api.on('menu', ({ command }) => {
        if (command === 'lang-zh') changeLang('zh-Hant');
        else if (command === 'lang-en') changeLang('en');
        else if (command === 'screen-data') setScreen('data');
        else if (command === 'screen-kpi') setScreen('kpi');
        else if (command === 'screen-factors') setScreen('factors');
        else if (command === 'screen-outline') setScreen('outline');
        else if (command === 'screen-targets') setScreen('targets');
        else if (command === 'screen-import') setScreen('import');
        else if (command === 'screen-export') setScreen('export');
        else if (command === 'close') void call('workspace:close', {}).then(loadWorkspace);
        else if (command === 'undo') window.dispatchEvent(new CustomEvent('esg-undo'));
        else if (command === 'new-sample' || command === 'new-empty')
          void call('workspace:create', { sample: command === 'new-sample' }).then(loadWorkspace, () => undefined);
        else if (command === 'open') void call('workspace:open', {}).then(loadWorkspace, () => undefined);
      }),
    [changeLang, loadWorkspace],
  );

  const bump = useCallback(() => setRevision((r) => r + 1), []);
  const refreshEdition = useCallback(() => setEditionRev((r) => r + 1), []);
  // The selected year's report edition: what the outline and registers edit, frozen once published.
  useEffect(() => {
    if (!summary || year === null) return;
    let live = true;
    call('edition:get', { year }).then((e) => live && setEdition(e), () => live && setEdition(null));
    return () => {
      live = false;
    };
  }, [summary, year, revision, editionRev]);

  // The one place the workspace's years, sites and profile are held in the renderer: after an
  // import, `sheets`, Add year, a profile or a site change, it is fetched again and every year
  // list (header, import, export) shows the new state at once, without a reload.
  const refreshSummary = useCallback(async (select?: number) => {
    const s = await call('workspace:summary', {});
    setSummary(s);
    setCatalogue((c) => (c && catalogueView ? indexCatalogue(catalogueView, s.sites) : c));
    if (select !== undefined) setYear(select);
    setRevision((r) => r + 1);
  }, [catalogueView]);
  const workspaceChanged = useCallback(() => void refreshSummary().catch(() => undefined), [refreshSummary]);

  // Another screen, year or workspace: pending text is saved first, refused text asks.
  const leaving = (go: () => void) =>
    void confirmLeave({ title: i18n.t('leave.title'), content: (n) => i18n.t('leave.content', { n }), leave: i18n.t('leave.leave'), stay: i18n.t('leave.stay') }).then((ok) => ok && go());

  let body: React.ReactNode;
  if (fatal) body = <Alert type="error" showIcon message={fatal} style={{ margin: 24 }} />;
  else if (!info) body = null;
  else if (!summary || !catalogue || year === null) body = <StartScreen info={info} onOpened={loadWorkspace} onLang={changeLang} />;
  else {
    const common = { year, revision, readOnly: summary.readOnly, onChanged: bump };
    const frozen = edition?.year === year && edition.status === 'published';
    const content = { ...common, readOnly: summary.readOnly || frozen };
    body = (
      <CatalogueContext.Provider value={catalogue}>
      <PeopleContext.Provider value={{ view: people, me: people?.people.find((p) => p.id === people.current) ?? null, reload: reloadPeople }}>
      <EditionContext.Provider value={{ year, edition: edition?.year === year ? edition : null, frozen, workspaceReadOnly: summary.readOnly, refresh: refreshEdition }}>
        <Layout style={{ height: '100vh', overflow: 'hidden' }}>
          <HeaderBar
            summary={summary}
            year={year}
            onYear={(y) => leaving(() => setYear(y))}
            onLang={changeLang}
            onClose={() => leaving(() => void call('workspace:close', {}).then(loadWorkspace))}
            onUndone={bump}
            onYearAdded={(y) => void refreshSummary(y)}
            who={<WhoIsWorking />}
          />
          <Layout style={{ minHeight: 0 }}>
            <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
              <Menu
                mode="inline"
                selectedKeys={[screen]}
                onClick={(e) => leaving(() => { setGridFocus(null); setScreen(e.key as Screen); })}
                items={[
                  { key: 'data', label: i18n.t('nav.data') },
                  { key: 'kpi', label: i18n.t('nav.kpi') },
                  { key: 'factors', label: i18n.t('nav.factors') },
                  { key: 'outline', label: i18n.t('nav.outline') },
                  { key: 'registers', label: i18n.t('nav.registers') },
                  { key: 'targets', label: i18n.t('nav.targets') },
                  { key: 'profile', label: i18n.t('nav.profile') },
                  { key: 'sites', label: i18n.t('nav.sites') },
                  { key: 'people', label: i18n.t('nav.people') },
                  { key: 'collection', label: i18n.t('nav.collection') },
                  { key: 'import', label: i18n.t('nav.import') },
                  { key: 'export', label: i18n.t('nav.export') },
                ]}
                style={{ height: '100%' }}
              />
            </Layout.Sider>
            <Layout.Content style={{ background: '#fff', minWidth: 0, minHeight: 0, overflow: 'hidden' }}>
              {summary.readOnly && <Alert type="warning" showIcon banner message={`${i18n.t('readonly.title')}: ${summary.readOnlyReason ?? ''}`} />}
              {screen === 'data' && <DataEntryScreen {...common} sites={summary.sites} focusRequest={gridFocus} searchJump={jump} />}
              <Suspense fallback={null}>
                {screen === 'kpi' && <KpiOverviewScreen {...common} />}
                {screen === 'factors' && <FactorsScreen {...common} />}
                {screen === 'outline' && <OutlineScreen {...content} focus={focus?.screen === 'outline' ? focus : null} />}
                {screen === 'registers' && <RegistersScreen {...content} />}
                {screen === 'targets' && (
                  <TargetsScreen
                    {...common}
                    baselineYear={summary.company.baselineYear}
                    onJump={(c) =>
                      leaving(() => {
                        setGridFocus((g) => ({ metric: c.metric, dims: c.dims, seq: (g?.seq ?? 0) + 1 }));
                        if (c.year !== year) setYear(c.year);
                        setScreen('data');
                      })
                    }
                  />
                )}
                {screen === 'profile' && <ProfileScreen readOnly={summary.readOnly} onSaved={workspaceChanged} />}
                {screen === 'people' && <PeopleScreen readOnly={summary.readOnly} />}
                {screen === 'collection' && (
                  <CollectionScreen {...common} shell={info.shell} onGoto={(metric) => { setJump((j) => ({ metric, n: (j?.n ?? 0) + 1 })); setScreen('data'); }} />
                )}
                {screen === 'sites' && <SitesScreen year={year} readOnly={summary.readOnly} onChanged={workspaceChanged} />}
                {screen === 'import' && <ImportScreen {...common} onChanged={workspaceChanged} years={summary.years} />}
                {screen === 'export' && <ExportScreen {...common} onJump={(target) => leaving(() => { setYear(target.year); if (target.screen === 'data') setGridFocus((g) => ({ metric: target.metric, dims: target.dims ? dimsFromKey(target.dims) : null, seq: (g?.seq ?? 0) + 1 })); else setFocus({ ...target, n: Date.now() }); setScreen(target.screen); })} years={summary.years} shell={info.shell} workspaceDir={info.workspaceDir} />}
              </Suspense>
            </Layout.Content>
          </Layout>
        </Layout>
      </EditionContext.Provider>
      </PeopleContext.Provider>
      </CatalogueContext.Provider>
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <ConfigProvider locale={lang === 'en' ? enGB : zhTW} theme={{ token: { borderRadius: 4 } }} {...iconDefaults}>
        <AntApp>{body}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
