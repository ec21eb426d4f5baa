import type { TrainingSession } from '../../api/types';
import { useTranslation } from '../../translator';
import { useLanguageName } from '../languages/language-options';
import { useFormatters } from '../locale/use-formatters';
import { useTrainingFormat } from './use-training-format';

interface SessionFactsProps {
  session: TrainingSession;
  /** Staff see the video link itself; participants only see that it is online. */
  showLink?: boolean;
}

/** When, where, who trains, the language and the places left of one session. */
export function SessionFacts({ session, showLink = false }: SessionFactsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const training = useTrainingFormat();
  const languageName = useLanguageName();
  const placesLeft = Math.max(0, session.capacity - session.registered);
  const where = session.place ?? (session.videoUrl ? t('training.online') : '—');
  return (
    <dl className="facts facts--inline session-facts">
      <div className="facts__item">
        <dt>{t('training.when')}</dt>
        <dd>{training.when(session.startsAt, session.endsAt)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('training.where')}</dt>
        <dd>
          {where}
          {showLink && session.videoUrl ? (
            <>
              {session.place ? ' · ' : ' '}
              <a className="break-all" href={session.videoUrl}>
                {session.videoUrl}
              </a>
            </>
          ) : null}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('training.trainer')}</dt>
        <dd>{session.trainer}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('training.language')}</dt>
        <dd>{languageName(session.language)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('training.placesLeft')}</dt>
        <dd>
          {placesLeft > 0
            ? t('training.placesOf', {
                left: format.number(placesLeft),
                capacity: format.number(session.capacity),
              })
            : t('training.full')}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('training.waiting')}</dt>
        <dd>{format.number(session.waitlisted)}</dd>
      </div>
    </dl>
  );
}
