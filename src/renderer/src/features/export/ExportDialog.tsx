import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  annexKinds,
  type AnnexKind,
  type ExportFormat,
  type ExportOptionsInput,
  type ExportResult,
} from '../../../../shared/domain/export';
import type { PlanMeta } from '../../../../shared/domain/plan';
import type { RoundSummary } from '../../../../shared/domain/rounds';
import { languages, type Language } from '../../../../shared/domain/settings';
import type { VersionSummary } from '../../../../shared/domain/versions';
import { api, errorText } from '../../api/client';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { shortDigest } from '../versions/versionFormat';
import { usePlan } from '../plan/PlanContext';
import { ExportPreview } from './ExportPreview';
import { useExportProgress } from './useExportProgress';

interface ExportDialogProps {
  docId: string;
  meta: PlanMeta;
  onClose: () => void;
  /**
   * An export goes on in main when the dialog is closed (she may go back to typing): its outcome
   * is handed here, to be told some other way.
   */
  onClosedOutcome: (outcome: { result: ExportResult } | { failure: string }) => void;
}

type Busy = 'preview' | 'export' | null;

/** A checkbox or radio with its label and an optional hint read with it. */
function Choice({
  type,
  name,
  label,
  hint,
  checked,
  disabled,
  onChange,
}: {
  type: 'checkbox' | 'radio';
  name?: string;
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="export-choice">
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="export-group">
      <legend className="field-label">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * "Vie suunnitelma": PDF or Word, which text (now or a version), the language of the fixed texts,
 * annexes, draft or final, a Word template; a page preview of the PDF before saving; progress
 * while the main process works (the editor is never blocked); the file opens afterwards.
 */
export function ExportDialog({ docId, meta, onClose, onClosedOutcome }: ExportDialogProps) {
  const { t, i18n } = useTranslation('exportDialog');
  const { t: tUi } = useTranslation();
  const { saves } = usePlan();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [rounds, setRounds] = useState<RoundSummary[]>([]);
  const [versionId, setVersionId] = useState('');
  const [language, setLanguage] = useState<Language>(meta.language);
  const [annexes, setAnnexes] = useState<Record<AnnexKind, boolean>>({
    checklist: false,
    comments: false,
    decisions: false,
  });
  const [roundId, setRoundId] = useState('');
  const [paragraphNumbers, setParagraphNumbers] = useState(false);
  const [final, setFinal] = useState(false);
  const [templatePath, setTemplatePath] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<{
    pdfBase64: string;
    pages: number;
    key: string;
    serial: number;
  } | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const progress = useExportProgress(docId, busy !== null);
  const openButton = useRef<HTMLButtonElement>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    void api.versions.list({ docId }).then((listed) => {
      if (listed.ok && mounted.current) {
        setVersions([...listed.value].sort((a, b) => b.number - a.number));
      }
    });
    void api.rounds.list({ docId }).then((listed) => {
      if (!listed.ok || !mounted.current) return;
      const newest = [...listed.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      setRounds(newest);
      setRoundId(newest[0]?.id ?? '');
    });
  }, [docId]);

  useEffect(() => {
    if (result) openButton.current?.focus();
  }, [result]);

  const options: ExportOptionsInput = {
    versionId: versionId === '' ? null : versionId,
    language,
    annexes: annexKinds.filter((kind) => annexes[kind]),
    roundId: annexes.comments && roundId !== '' ? roundId : null,
    paragraphNumbers,
    final,
  };
  const optionsKey = JSON.stringify(options);

  const chooseVersion = (id: string) => {
    setVersionId(id);
    // A decision version is the adopted text: final is what she most likely wants.
    setFinal(versions.find((version) => version.id === id)?.kind === 'decision');
  };

  /** The current text is exported with everything typed so far (a version is frozen anyway). */
  const textSaved = async () => {
    if (options.versionId !== null || (await saves.flushAll())) return true;
    setFailure(tUi('plan.unsavedFirst'));
    return false;
  };

  const showPreview = async () => {
    setFailure(null);
    if (!(await textSaved())) return;
    setBusy('preview');
    const previewed = await api.export.preview({ docId, ...options });
    if (!mounted.current) return;
    setBusy(null);
    if (!previewed.ok) setFailure(errorText(i18n, previewed.error));
    else {
      const { pdfBase64, pages } = previewed.value;
      setPreview((before) => ({
        pdfBase64,
        pages,
        key: optionsKey,
        serial: (before?.serial ?? 0) + 1,
      }));
    }
  };

  const exportFile = async () => {
    setFailure(null);
    const chosen = await api.dialog.chooseExportPath({ format, suggestedName: meta.title });
    if (!chosen.ok) {
      setFailure(errorText(i18n, chosen.error));
      return;
    }
    if (chosen.value.path === null || !(await textSaved())) return;
    setBusy('export');
    const path = chosen.value.path;
    const exported =
      format === 'pdf'
        ? await api.export.pdf({ docId, path, ...options })
        : await api.export.docx({ docId, path, templatePath, ...options });
    if (!mounted.current) {
      onClosedOutcome(
        exported.ok ? { result: exported.value } : { failure: errorText(i18n, exported.error) },
      );
      return;
    }
    setBusy(null);
    if (!exported.ok) setFailure(errorText(i18n, exported.error));
    else setResult(exported.value);
  };

  const chooseTemplate = async () => {
    const chosen = await api.dialog.chooseDocxPath({});
    if (!chosen.ok) setFailure(errorText(i18n, chosen.error));
    else if (chosen.value.path !== null) setTemplatePath(chosen.value.path);
  };

  const openResult = async () => {
    if (!result) return;
    const opened = await api.system.openPath({ path: result.path });
    if (!opened.ok) setFailure(errorText(i18n, opened.error));
  };

  const annexLabels: Record<AnnexKind, string> = {
    checklist: t('annexes.checklist'),
    comments: t('annexes.comments'),
    decisions: t('annexes.decisions'),
  };
  const kilobytes = (bytes: number) =>
    new Intl.NumberFormat(i18n.language).format(Math.max(1, Math.round(bytes / 1024)));
  const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

  return (
    <Dialog onClose={onClose} title={t('title')} description={t('description')} size="large">
      <form
        className="export-dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void exportFile();
        }}
      >
        <div className="export-layout">
          <div className="export-options">
            <Group legend={t('format.legend')}>
              {(['pdf', 'docx'] as const).map((value) => (
                <Choice
                  key={value}
                  type="radio"
                  name="export-format"
                  label={t(`format.${value}`)}
                  hint={t(`format.${value}Hint`)}
                  checked={format === value}
                  onChange={() => setFormat(value)}
                />
              ))}
            </Group>
            <SelectField label={t('version.label')} value={versionId} onChange={chooseVersion}>
              <option value="">{t('version.current')}</option>
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {t('version.option', {
                    number: version.number,
                    label: version.label,
                    kind: tUi(`versions.kind.${version.kind}`),
                  })}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('language.label')}
              value={language}
              onChange={(value) => setLanguage(value as Language)}
            >
              {languages.map((code) => (
                <option key={code} value={code}>
                  {tUi(`languageName.${code}`)}
                </option>
              ))}
            </SelectField>
            <p className="field-hint export-language-hint">{t('language.hint')}</p>
            <Group legend={t('annexes.legend')}>
              {annexKinds.map((kind) => (
                <div key={kind}>
                  <Choice
                    type="checkbox"
                    label={annexLabels[kind]}
                    hint={
                      kind === 'comments' && rounds.length === 0 ? t('annexes.noRounds') : undefined
                    }
                    checked={annexes[kind]}
                    disabled={kind === 'comments' && rounds.length === 0}
                    onChange={(checked) => setAnnexes({ ...annexes, [kind]: checked })}
                  />
                  {kind === 'comments' && annexes.comments && rounds.length > 0 && (
                    <div className="export-nested">
                      <SelectField label={t('annexes.round')} value={roundId} onChange={setRoundId}>
                        {rounds.map((round) => (
                          <option key={round.id} value={round.id}>
                            {round.title}
                          </option>
                        ))}
                      </SelectField>
                    </div>
                  )}
                </div>
              ))}
              <Choice
                type="checkbox"
                label={t('paragraphNumbers.label')}
                hint={t('paragraphNumbers.hint')}
                checked={paragraphNumbers}
                onChange={setParagraphNumbers}
              />
            </Group>
            <Group legend={t('status.legend')}>
              <Choice
                type="radio"
                name="export-status"
                label={t('status.draft')}
                hint={t('status.draftHint')}
                checked={!final}
                onChange={() => setFinal(false)}
              />
              <Choice
                type="radio"
                name="export-status"
                label={t('status.final')}
                hint={t('status.finalHint')}
                checked={final}
                onChange={() => setFinal(true)}
              />
            </Group>
            {format === 'docx' && (
              <Group legend={t('template.label')}>
                <p className="export-template">
                  {templatePath === null ? t('template.none') : fileName(templatePath)}
                </p>
                <div className="export-template-actions">
                  <button type="button" className="btn" onClick={() => void chooseTemplate()}>
                    {t('template.choose')}
                  </button>
                  {templatePath !== null && (
                    <button
                      type="button"
                      className="btn btn-quiet"
                      onClick={() => setTemplatePath(null)}
                    >
                      {t('template.remove')}
                    </button>
                  )}
                </div>
                <p className="field-hint">{t('template.hint')}</p>
              </Group>
            )}
          </div>
          <div className="export-preview-pane">
            {format === 'docx' ? (
              <p className="export-preview-empty">{t('preview.wordNote')}</p>
            ) : preview ? (
              <>
                {preview.key !== optionsKey && <p className="export-stale">{t('preview.stale')}</p>}
                <ExportPreview
                  key={preview.serial}
                  pdfBase64={preview.pdfBase64}
                  pages={preview.pages}
                />
              </>
            ) : (
              <p className="export-preview-empty">{t('preview.empty')}</p>
            )}
          </div>
        </div>
        <div className="dialog-footer">
          {busy !== null && (
            <div className="export-progress">
              <div
                className="progress-bar"
                role="progressbar"
                aria-label={t('progress.label')}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round((progress?.fraction ?? 0) * 100)}
                aria-valuetext={t(`progress.${progress?.stage ?? 'collect'}`)}
              >
                <div
                  className="progress-fill"
                  style={{ width: `${Math.round((progress?.fraction ?? 0) * 100)}%` }}
                />
              </div>
              <p className="export-progress-text">
                {t(`progress.${progress?.stage ?? 'collect'}`)}
              </p>
            </div>
          )}
          <div role="alert" className="dialog-error">
            {failure}
          </div>
          <div role="status" className="export-result-region">
            {result && (
              <div className="export-result">
                <p className="export-result-title">{t(`done.${result.format}`)}</p>
                <p className="export-result-path">{result.path}</p>
                <p className="export-result-details">
                  {[
                    result.pages === null ? null : t('done.pages', { count: result.pages }),
                    t('done.size', { size: kilobytes(result.bytes) }),
                    t('done.digest', { digest: shortDigest(result.contentDigest) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <button
                  ref={openButton}
                  type="button"
                  className="btn"
                  onClick={() => void openResult()}
                >
                  {t('done.open')}
                </button>
              </div>
            )}
          </div>
          <DialogButtons>
            <DialogClose className="btn">
              {tUi(result ? 'common.close' : 'common.cancel')}
            </DialogClose>
            {format === 'pdf' && (
              <button
                type="button"
                className="btn"
                disabled={busy !== null}
                onClick={() => void showPreview()}
              >
                {preview ? t('preview.refresh') : t('preview.button')}
              </button>
            )}
            <button type="submit" className="btn btn-primary" disabled={busy !== null}>
              {result ? t('done.again') : t('submit')}
            </button>
          </DialogButtons>
        </div>
      </form>
    </Dialog>
  );
}
