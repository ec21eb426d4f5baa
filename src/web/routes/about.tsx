import { Link } from 'react-router';
import { Page } from '../features/shell/page';
import { useTranslation } from '../translator';

/** /about: what the platform is, and the credits the reference lists require. */
export function AboutRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('about.title')} lead={t('about.lead')}>
      <section className="card prose" aria-labelledby="about-what">
        <h2 className="section-title" id="about-what">
          {t('about.whatTitle')}
        </h2>
        <p>{t('about.what1')}</p>
        <p>{t('about.what2')}</p>
        <p>
          <Link to="/apply">{t('about.applyLink')}</Link>
        </p>
      </section>
      <section className="card prose" aria-labelledby="about-credits" data-testid="credits">
        <h2 className="section-title" id="about-credits">
          {t('about.creditsTitle')}
        </h2>
        <p lang="en">This service uses the ESCO classification of the European Commission.</p>
        <p>{t('about.escoExplained')}</p>
        <p lang="en">ISCO-08 © International Labour Organization</p>
        <p>{t('about.iscoExplained')}</p>
        <p lang="en">Source: Eurostat, NACE Rev. 2 (© European Union)</p>
        <p>{t('about.naceExplained')}</p>
        <p lang="en">
          Postal code data © GeoNames (<a href="https://www.geonames.org">https://www.geonames.org</a>),{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>
        </p>
        <p>{t('about.geonamesExplained')}</p>
        <p>{t('about.modified')}</p>
        <p>{t('about.namesFromIntl')}</p>
      </section>
    </Page>
  );
}
