import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { participantRoles, staffRoles } from '../../contracts/base-vocabulary';
import {
  RedirectWhenSignedIn,
  RequirePrivacyUpdate,
  RequireRole,
  RequireSessionState,
  RequireSignedIn,
} from '../features/auth/guards';
import { PublicLayout } from '../features/shell/public-layout';
import { RootLayout } from '../features/shell/root-layout';
import { translator } from '../i18n';
import { loadChunk } from '../load-chunk';
import { type TextPart, textParts } from '../locales/parts';

/**
 * Every page is its own chunk, loaded when it is first opened: a job seeker on /apply downloads the
 * wizard, not the caseload, the CV editor or matching (issue 10, bench/bundle-size.ts). The layouts
 * show a loading line while a page's chunk arrives.
 */
function page<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
  texts: TextPart[] = [],
) {
  return lazy(async () => {
    const [module] = await Promise.all([loadChunk(load), loadChunk(() => translator.loadParts(texts))]);
    return { default: module[name] };
  });
}

/** The signed-in frame, drawn once its code and this language's signed-in texts are in. */
const AppShell = lazy(async () => {
  const [shell] = await Promise.all([
    loadChunk(() => import('../features/shell/app-shell')),
    loadChunk(() => translator.loadParts(textParts)),
  ]);
  return { default: shell.AppShell };
});
const AboutRoute = page(() => import('./about'), 'AboutRoute', ['apply']);
const AccountRoute = page(() => import('./account'), 'AccountRoute');
const ApplyMenteeRoute = page(() => import('./apply-mentee'), 'ApplyMenteeRoute', ['apply']);
const ApplyMentorRoute = page(() => import('./apply-mentor'), 'ApplyMentorRoute', ['apply']);
const ApplyRoute = page(() => import('./apply'), 'ApplyRoute', ['apply']);
const AssociationsRoute = page(() => import('./associations'), 'AssociationsRoute');
const AuditLogRoute = page(() => import('./audit-log'), 'AuditLogRoute');
const ApplicationsRoute = page(() => import('./career'), 'ApplicationsRoute');
const DiscriminationReportsRoute = page(() => import('./career'), 'DiscriminationReportsRoute');
const MenteeCvRoute = page(() => import('./career'), 'MenteeCvRoute');
const OwnCvRoute = page(() => import('./career'), 'OwnCvRoute');
const ReportDiscriminationRoute = page(() => import('./career'), 'ReportDiscriminationRoute');
const SectorTipsRoute = page(() => import('./career'), 'SectorTipsRoute');
const CaseloadRoute = page(() => import('./caseload'), 'CaseloadRoute');
const CaseloadImportRoute = page(() => import('./caseload-import'), 'CaseloadImportRoute');
const HomeRoute = page(() => import('./home'), 'HomeRoute');
const InvitationRoute = page(() => import('./invitation'), 'InvitationRoute', ['auth']);
const MatchRunRoute = page(() => import('./match-run'), 'MatchRunRoute');
const MatchingRoute = page(() => import('./matching'), 'MatchingRoute');
const MentorNetworkRoute = page(() => import('./mentor-network'), 'MentorNetworkRoute');
const NotFoundRoute = page(() => import('./not-found'), 'NotFoundRoute');
const OutboxRoute = page(() => import('./outbox'), 'OutboxRoute');
const PartnershipRoute = page(() => import('./partnership'), 'PartnershipRoute');
const PartnershipEvaluationRoute = page(
  () => import('./partnership-evaluation'),
  'PartnershipEvaluationRoute',
);
const PartnershipHealthRoute = page(() => import('./partnership-health'), 'PartnershipHealthRoute');
const PeopleSearchRoute = page(() => import('./people-search'), 'PeopleSearchRoute');
const PersonRoute = page(() => import('./person'), 'PersonRoute');
const PrivacyUpdateRoute = page(() => import('./privacy-update'), 'PrivacyUpdateRoute', ['auth']);
const ProfileRoute = page(() => import('./profile'), 'ProfileRoute');
const ProgrammeReportRoute = page(() => import('./programme-report'), 'ProgrammeReportRoute');
const QuestionnaireRoutes = page(() => import('./questionnaires'), 'QuestionnaireRoutes');
const ResetPasswordRoute = page(() => import('./reset-password'), 'ResetPasswordRoute', ['auth']);
const ResetPasswordCompleteRoute = page(
  () => import('./reset-password-complete'),
  'ResetPasswordCompleteRoute',
  ['auth'],
);
const SignInRoute = page(() => import('./sign-in'), 'SignInRoute', ['auth']);
const StaffRoute = page(() => import('./staff'), 'StaffRoute');
const TodoRoute = page(() => import('./todo'), 'TodoRoute');
const TrainingRoute = page(() => import('./training'), 'TrainingRoute');
const TrainingModuleRoute = page(() => import('./training-module'), 'TrainingModuleRoute');
const TrainingOverviewRoute = page(() => import('./training-overview'), 'TrainingOverviewRoute');
const TrainingSessionRoute = page(() => import('./training-session'), 'TrainingSessionRoute');
const TwoFactorRoute = page(() => import('./two-factor'), 'TwoFactorRoute', ['auth']);
const TwoFactorSetupRoute = page(() => import('./two-factor-setup'), 'TwoFactorSetupRoute', ['auth']);

const adminOnly = (element: ReactNode) => <RequireRole roles={['admin']}>{element}</RequireRole>;
const coaching = (element: ReactNode) => <RequireRole roles={['coach', 'admin']}>{element}</RequireRole>;
const applicants = (element: ReactNode) => <RequireRole roles={participantRoles}>{element}</RequireRole>;
const cycle = (element: ReactNode) => (
  <RequireRole roles={['admin', 'coach', 'mentee', 'mentor']}>{element}</RequireRole>
);
const menteeOnly = (element: ReactNode) => <RequireRole roles={['mentee']}>{element}</RequireRole>;
const careerReaders = (element: ReactNode) => (
  <RequireRole roles={['admin', 'coach', 'mentor']}>{element}</RequireRole>
);
const training = (element: ReactNode) => (
  <RequireRole roles={['admin', 'coach', 'mentee', 'mentor']}>{element}</RequireRole>
);

/** The programme's figures: staff see their scope in full, the funder small counts hidden. */
const reporting = (element: ReactNode) => <RequireRole roles={staffRoles}>{element}</RequireRole>;

const network = (element: ReactNode) => (
  <RequireRole roles={['admin', 'coach', 'mentor']}>{element}</RequireRole>
);

/** Every page of the web app; the shell and the guards decide who may see which. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route element={<PublicLayout />}>
          <Route
            path="sign-in"
            element={
              <RedirectWhenSignedIn>
                <SignInRoute />
              </RedirectWhenSignedIn>
            }
          />
          <Route
            path="two-factor"
            element={
              <RequireSessionState states={['two_factor_required']}>
                <TwoFactorRoute />
              </RequireSessionState>
            }
          />
          <Route
            path="two-factor/setup"
            element={
              <RequireSessionState states={['two_factor_setup_required', 'signed_in']}>
                <TwoFactorSetupRoute />
              </RequireSessionState>
            }
          />
          <Route
            path="privacy-update"
            element={
              <RequirePrivacyUpdate>
                <PrivacyUpdateRoute />
              </RequirePrivacyUpdate>
            }
          />
          <Route path="invitation" element={<InvitationRoute />} />
          <Route path="setup" element={<InvitationRoute />} />
          <Route path="reset-password" element={<ResetPasswordRoute />} />
          <Route path="reset-password/complete" element={<ResetPasswordCompleteRoute />} />
          <Route path="apply" element={<ApplyRoute />} />
          <Route path="apply/mentee" element={<ApplyMenteeRoute />} />
          <Route path="apply/mentor" element={<ApplyMentorRoute />} />
          <Route path="about" element={<AboutRoute />} />
        </Route>
        <Route
          element={
            <RequireSignedIn>
              <AppShell />
            </RequireSignedIn>
          }
        >
          <Route index element={<HomeRoute />} />
          <Route path="associations" element={adminOnly(<AssociationsRoute />)} />
          <Route path="staff" element={adminOnly(<StaffRoute />)} />
          <Route path="audit" element={adminOnly(<AuditLogRoute />)} />
          <Route path="outbox" element={adminOnly(<OutboxRoute />)} />
          <Route path="caseload" element={coaching(<CaseloadRoute />)} />
          <Route path="caseload/import" element={coaching(<CaseloadImportRoute />)} />
          <Route path="people/:id" element={coaching(<PersonRoute />)} />
          <Route path="search" element={coaching(<PeopleSearchRoute />)} />
          <Route path="matching" element={coaching(<MatchingRoute />)} />
          <Route path="matching/runs/:id" element={coaching(<MatchRunRoute />)} />
          <Route path="training" element={training(<TrainingRoute />)} />
          <Route path="training-overview" element={coaching(<TrainingOverviewRoute />)} />
          <Route path="mentor-network" element={network(<MentorNetworkRoute />)} />
          <Route path="training/modules/:id" element={training(<TrainingModuleRoute />)} />
          <Route path="training/sessions/:id" element={training(<TrainingSessionRoute />)} />
          <Route path="partnerships/health" element={coaching(<PartnershipHealthRoute />)} />
          <Route path="partnerships/:id" element={cycle(<PartnershipRoute />)} />
          <Route path="partnerships/:id/evaluation" element={applicants(<PartnershipEvaluationRoute />)} />
          <Route path="todo" element={coaching(<TodoRoute />)} />
          <Route path="cv" element={applicants(<OwnCvRoute />)} />
          <Route path="applications" element={menteeOnly(<ApplicationsRoute />)} />
          <Route path="report-discrimination" element={menteeOnly(<ReportDiscriminationRoute />)} />
          <Route path="mentee/:id/cv" element={careerReaders(<MenteeCvRoute />)} />
          <Route path="mentee/:id/applications" element={careerReaders(<ApplicationsRoute />)} />
          <Route path="discrimination-reports" element={coaching(<DiscriminationReportsRoute />)} />
          <Route path="sector-tips" element={coaching(<SectorTipsRoute />)} />
          <Route path="profile" element={applicants(<ProfileRoute />)} />
          <Route path="programme-report" element={reporting(<ProgrammeReportRoute />)} />
          <Route path="questionnaires/*" element={cycle(<QuestionnaireRoutes />)} />
          <Route path="account" element={<AccountRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Route>
    </Routes>
  );
}
