import { useTranslation } from 'react-i18next';
import {
  respondentKinds,
  type Respondent,
  type RespondentKind,
} from '../../../../shared/domain/rounds';
import type { AuthorChoice, AuthorEntry, NameProblem } from './importModel';

/** The select's value for "a new respondent" (respondent ids never hold a colon). */
const NEW = ':new';

interface AuthorMappingStepProps {
  authors: AuthorEntry[];
  choices: ReadonlyMap<string, AuthorChoice>;
  problems: ReadonlyMap<string, NameProblem>;
  respondents: Respondent[];
  /** What to call an author without a name (a survey with no organisation column). */
  fallbackName: (entry: AuthorEntry) => string;
  onChange: (author: string, choice: AuthorChoice) => void;
}

/**
 * Whose comments these are: each Word author or survey organisation goes to a respondent of the
 * register, or to a new one created with the import. The choice is remembered for next time.
 */
export function AuthorMappingStep({
  authors,
  choices,
  problems,
  respondents,
  fallbackName,
  onChange,
}: AuthorMappingStepProps) {
  const { t } = useTranslation('commentImport');
  if (authors.length === 0) return null;
  return (
    <section className="author-mapping" aria-labelledby="author-mapping-title">
      <h3 id="author-mapping-title" className="import-step-title">
        {t('authors.title')}
      </h3>
      <p className="dialog-note">{t('authors.intro')}</p>
      <table className="data-table author-table">
        <caption className="visually-hidden">{t('authors.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('authors.author')}</th>
            <th scope="col">{t('authors.comments')}</th>
            <th scope="col">{t('authors.respondent')}</th>
          </tr>
        </thead>
        <tbody>
          {authors.map((entry) => {
            const choice = choices.get(entry.author);
            if (!choice) return null;
            const label = entry.author.trim() || t('authors.noName', { file: fallbackName(entry) });
            const problem = problems.get(entry.author);
            const problemId = `author-problem-${authors.indexOf(entry)}`;
            return (
              <tr key={entry.author}>
                <th scope="row">
                  <span className="author-name">{label}</span>
                  <span className="author-files">{entry.files.join(', ')}</span>
                </th>
                <td>{entry.comments}</td>
                <td>
                  <div className="author-target">
                    <select
                      className="field-input"
                      aria-label={t('authors.targetFor', { author: label })}
                      value={choice.to === 'existing' ? choice.respondentId : NEW}
                      onChange={(event) => {
                        const value = event.target.value;
                        onChange(
                          entry.author,
                          value === NEW
                            ? {
                                to: 'new',
                                name: entry.author.trim() || fallbackName(entry),
                                kind: 'other',
                              }
                            : { to: 'existing', respondentId: value },
                        );
                      }}
                    >
                      <option value={NEW}>{t('authors.newRespondent')}</option>
                      {respondents.map((respondent) => (
                        <option key={respondent.id} value={respondent.id}>
                          {respondent.name}
                        </option>
                      ))}
                    </select>
                    {choice.to === 'existing' &&
                      entry.remembered &&
                      entry.respondentId === choice.respondentId && (
                        <span className="author-remembered">{t('authors.remembered')}</span>
                      )}
                  </div>
                  {choice.to === 'new' && (
                    <div className="author-new">
                      <input
                        className="field-input"
                        aria-label={t('authors.newNameFor', { author: label })}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem ? problemId : undefined}
                        value={choice.name}
                        maxLength={200}
                        onChange={(event) =>
                          onChange(entry.author, { ...choice, name: event.target.value })
                        }
                      />
                      <select
                        className="field-input"
                        aria-label={t('authors.newKindFor', { author: label })}
                        value={choice.kind}
                        onChange={(event) =>
                          onChange(entry.author, {
                            ...choice,
                            kind: event.target.value as RespondentKind,
                          })
                        }
                      >
                        {respondentKinds.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(`rounds:respondentKind.${kind}`)}
                          </option>
                        ))}
                      </select>
                      {problem && (
                        <p id={problemId} className="field-error">
                          {t(`authors.problem.${problem}`)}
                        </p>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
