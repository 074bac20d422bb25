import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, Round } from '../../../../shared/domain/rounds';
import type { Outline } from '../../../../shared/domain/section';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { QuestionDialog } from './QuestionDialog';

interface QuestionListProps {
  round: Round;
  sections: Outline;
  onSave: (
    questionId: string | null,
    sectionId: string | null,
    text: string,
  ) => Promise<string | null>;
  onRemove: (questionId: string) => void;
}

/** The round's targeted questions (as in lausuntopalvelu.fi), each about a section or the whole plan. */
export function QuestionList({ round, sections, onSave, onRemove }: QuestionListProps) {
  const { t } = useTranslation('rounds');
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const [removing, setRemoving] = useState<Question | null>(null);
  const sectionName = (id: string | null) => {
    const entry = sections.find((candidate) => candidate.id === id);
    if (id === null) return t('questions.wholePlan');
    return entry ? `${entry.number} ${entry.title}` : t('questions.sectionGone');
  };

  return (
    <section className="round-panel" aria-labelledby="round-questions-title">
      <div className="round-panel-head">
        <h3 id="round-questions-title" className="rounds-subheading">
          {t('questions.title')}
        </h3>
        <button type="button" className="btn btn-small" onClick={() => setEditing('new')}>
          <Icon name="plus" />
          {t('questions.addTitle')}
        </button>
      </div>
      {round.questions.length === 0 ? (
        <p className="rounds-none">{t('questions.empty')}</p>
      ) : (
        <ol className="question-list">
          {round.questions.map((question) => (
            <li key={question.id} className="question">
              <span className="question-number">{question.number}.</span>
              <div className="question-body">
                <p className="question-text">{question.text}</p>
                <p className="question-section">{sectionName(question.sectionId)}</p>
              </div>
              <div className="rounds-row-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={t('questions.editFor', { number: question.number })}
                  onClick={() => setEditing(question)}
                >
                  {t('questions.edit')}
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  aria-label={t('questions.removeFor', { number: question.number })}
                  onClick={() => setRemoving(question)}
                >
                  <Icon name="trash" />
                  {t('questions.remove')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {editing !== null && (
        <QuestionDialog
          question={editing === 'new' ? null : editing}
          sections={sections}
          onSave={(sectionId, text) =>
            onSave(editing === 'new' ? null : editing.id, sectionId, text)
          }
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title={t('questions.removeTitle', { number: removing?.number ?? 0 })}
        description={t('questions.removeText')}
        confirmLabel={t('questions.remove')}
        cancelLabel={t('respondents.cancel')}
        destructive
        onConfirm={() => {
          if (removing) onRemove(removing.id);
        }}
      />
    </section>
  );
}
