import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../../../shared/domain/rounds';
import { api, errorText } from '../../api/client';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { RespondentForm, type RespondentDraft } from './RespondentForm';

interface RespondentsDialogProps {
  docId: string;
  respondents: Respondent[];
  onChanged: (respondents: Respondent[]) => void;
  onClose: () => void;
}

/** What the form below the list is doing: nothing, adding, or changing one respondent. */
type Editing = null | 'new' | Respondent;

/**
 * "Vastaajat": the plan's register of respondent organisations, reused by every round. Names the
 * import remembered for an organisation are listed with it.
 */
export function RespondentsDialog({
  docId,
  respondents,
  onChanged,
  onClose,
}: RespondentsDialogProps) {
  const { t, i18n } = useTranslation('rounds');
  const announce = useAnnounce();
  const [editing, setEditing] = useState<Editing>(respondents.length === 0 ? 'new' : null);
  const [removing, setRemoving] = useState<Respondent | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const save = async (draft: RespondentDraft) => {
    const id = editing !== null && editing !== 'new' ? editing.id : undefined;
    const result = await api.respondents.save({
      docId,
      respondent: { ...draft, ...(id ? { id } : {}) },
    });
    if (!result.ok) {
      const message = errorText(i18n, result.error);
      return result.error.code === 'DUPLICATE_NAME' ? { name: message } : { other: message };
    }
    onChanged(result.value);
    setEditing(null);
    announce(
      id
        ? t('respondents.saved', { name: draft.name })
        : t('respondents.added', { name: draft.name }),
    );
    requestAnimationFrame(() => addButton.current?.focus());
    return null;
  };

  const remove = async (respondent: Respondent) => {
    setFailure(null);
    const result = await api.respondents.remove({ docId, respondentId: respondent.id });
    if (!result.ok) {
      setFailure(errorText(i18n, result.error));
      return;
    }
    onChanged(result.value);
    announce(t('respondents.removed', { name: respondent.name }));
  };

  return (
    <Dialog
      onClose={onClose}
      title={t('respondents.title')}
      description={t('respondents.description')}
      size="wide"
    >
      {respondents.length === 0 ? (
        <p className="rounds-none">{t('respondents.empty')}</p>
      ) : (
        <div
          className="respondents-scroll"
          role="region"
          aria-labelledby="respondents-caption"
          tabIndex={0}
        >
          <table className="data-table rounds-table respondents-table">
            <caption id="respondents-caption" className="visually-hidden">
              {t('respondents.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('respondents.name')}</th>
                <th scope="col">{t('respondents.kind')}</th>
                <th scope="col">{t('respondents.contact')}</th>
                <th scope="col">{t('respondents.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {respondents.map((respondent) => (
                <tr key={respondent.id}>
                  <th scope="row">
                    {respondent.name}
                    {respondent.aliases.length > 0 && (
                      <span className="respondent-aliases">
                        {t('respondents.aliases', { names: respondent.aliases.join(', ') })}
                      </span>
                    )}
                  </th>
                  <td>{t(`respondentKind.${respondent.kind}`)}</td>
                  <td>{respondent.contact || <span className="rounds-none">–</span>}</td>
                  <td>
                    <div className="rounds-row-actions">
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={t('respondents.editFor', { name: respondent.name })}
                        onClick={() => setEditing(respondent)}
                      >
                        {t('respondents.edit')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-small btn-quiet"
                        aria-label={t('respondents.removeFor', { name: respondent.name })}
                        onClick={() => setRemoving(respondent)}
                      >
                        <Icon name="trash" />
                        {t('respondents.remove')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div role="alert" className="dialog-error">
        {failure}
      </div>
      {editing === null ? (
        <button ref={addButton} type="button" className="btn" onClick={() => setEditing('new')}>
          <Icon name="plus" />
          {t('respondents.addTitle')}
        </button>
      ) : (
        <RespondentForm
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? null : editing}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      <DialogButtons>
        <DialogClose className="btn btn-primary">{t('respondents.close')}</DialogClose>
      </DialogButtons>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title={t('respondents.removeTitle', { name: removing?.name ?? '' })}
        description={t('respondents.removeText')}
        confirmLabel={t('respondents.remove')}
        cancelLabel={t('respondents.cancel')}
        destructive
        onConfirm={() => {
          if (removing) void remove(removing);
        }}
        returnFocusTo={{ focus: () => addButton.current?.focus() }}
      />
    </Dialog>
  );
}
