import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import {
  RedirectWhenSignedIn,
  RequireRole,
  RequireSessionState,
  RequireSignedIn,
} from '../features/auth/guards';
import { AppShell } from '../features/shell/app-shell';
import { PublicLayout } from '../features/shell/public-layout';
import { RootLayout } from '../features/shell/root-layout';
import { AboutRoute } from './about';
import { AccountRoute } from './account';
import { ApplyMenteeRoute, ApplyMentorRoute, ApplyRoute } from './apply';
import { AssociationsRoute } from './associations';
import { AuditLogRoute } from './audit-log';
import {
  ApplicationsRoute,
  DiscriminationReportsRoute,
  MenteeCvRoute,
  OwnCvRoute,
  ReportDiscriminationRoute,
  SectorTipsRoute,
} from './career';
import { CaseloadRoute } from './caseload';
import { CaseloadImportRoute } from './caseload-import';
import { HomeRoute } from './home';
import { InvitationRoute } from './invitation';
import { MatchRunRoute } from './match-run';
import { MatchingRoute } from './matching';
import { MentorNetworkRoute } from './mentor-network';
import { NotFoundRoute } from './not-found';
import { OutboxRoute } from './outbox';
import { PartnershipRoute } from './partnership';
import { PartnershipEvaluationRoute } from './partnership-evaluation';
import { PartnershipHealthRoute } from './partnership-health';
import { PeopleSearchRoute } from './people-search';
import { PersonRoute } from './person';
import { ProfileRoute } from './profile';
import { ResetPasswordRoute } from './reset-password';
import { ResetPasswordCompleteRoute } from './reset-password-complete';
import { SignInRoute } from './sign-in';
import { StaffRoute } from './staff';
import { TodoRoute } from './todo';
import { TrainingRoute } from './training';
import { TrainingModuleRoute } from './training-module';
import { TrainingOverviewRoute } from './training-overview';
import { TrainingSessionRoute } from './training-session';
import { TwoFactorRoute } from './two-factor';
import { TwoFactorSetupRoute } from './two-factor-setup';

const adminOnly = (element: ReactNode) => <RequireRole roles={['admin']}>{element}</RequireRole>;
const coaching = (element: ReactNode) => <RequireRole roles={['coach', 'admin']}>{element}</RequireRole>;
const applicants = (element: ReactNode) => <RequireRole roles={['mentee', 'mentor']}>{element}</RequireRole>;
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

const network = (element: ReactNode) => (
  <RequireRole roles={['admin', 'coach', 'mentor']}>{element}</RequireRole>
);

/** Every page of the web app; the shell and the guards decide who may see which. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      children: [
        {
          element: <PublicLayout />,
          children: [
            {
              path: 'sign-in',
              element: (
                <RedirectWhenSignedIn>
                  <SignInRoute />
                </RedirectWhenSignedIn>
              ),
            },
            {
              path: 'two-factor',
              element: (
                <RequireSessionState states={['two_factor_required']}>
                  <TwoFactorRoute />
                </RequireSessionState>
              ),
            },
            {
              path: 'two-factor/setup',
              element: (
                <RequireSessionState states={['two_factor_setup_required', 'signed_in']}>
                  <TwoFactorSetupRoute />
                </RequireSessionState>
              ),
            },
            { path: 'invitation', element: <InvitationRoute /> },
            { path: 'setup', element: <InvitationRoute /> },
            { path: 'reset-password', element: <ResetPasswordRoute /> },
            { path: 'reset-password/complete', element: <ResetPasswordCompleteRoute /> },
            { path: 'apply', element: <ApplyRoute /> },
            { path: 'apply/mentee', element: <ApplyMenteeRoute /> },
            { path: 'apply/mentor', element: <ApplyMentorRoute /> },
            { path: 'about', element: <AboutRoute /> },
          ],
        },
        {
          element: (
            <RequireSignedIn>
              <AppShell />
            </RequireSignedIn>
          ),
          children: [
            { index: true, element: <HomeRoute /> },
            { path: 'associations', element: adminOnly(<AssociationsRoute />) },
            { path: 'staff', element: adminOnly(<StaffRoute />) },
            { path: 'audit', element: adminOnly(<AuditLogRoute />) },
            { path: 'outbox', element: adminOnly(<OutboxRoute />) },
            { path: 'caseload', element: coaching(<CaseloadRoute />) },
            { path: 'caseload/import', element: coaching(<CaseloadImportRoute />) },
            { path: 'people/:id', element: coaching(<PersonRoute />) },
            { path: 'search', element: coaching(<PeopleSearchRoute />) },
            { path: 'matching', element: coaching(<MatchingRoute />) },
            { path: 'matching/runs/:id', element: coaching(<MatchRunRoute />) },
            { path: 'training', element: training(<TrainingRoute />) },
            { path: 'training-overview', element: coaching(<TrainingOverviewRoute />) },
            { path: 'mentor-network', element: network(<MentorNetworkRoute />) },
            { path: 'training/modules/:id', element: training(<TrainingModuleRoute />) },
            { path: 'training/sessions/:id', element: training(<TrainingSessionRoute />) },
            { path: 'partnerships/health', element: coaching(<PartnershipHealthRoute />) },
            { path: 'partnerships/:id', element: cycle(<PartnershipRoute />) },
            { path: 'partnerships/:id/evaluation', element: applicants(<PartnershipEvaluationRoute />) },
            { path: 'todo', element: coaching(<TodoRoute />) },
            { path: 'cv', element: applicants(<OwnCvRoute />) },
            { path: 'applications', element: menteeOnly(<ApplicationsRoute />) },
            { path: 'report-discrimination', element: menteeOnly(<ReportDiscriminationRoute />) },
            { path: 'mentee/:id/cv', element: careerReaders(<MenteeCvRoute />) },
            { path: 'mentee/:id/applications', element: careerReaders(<ApplicationsRoute />) },
            { path: 'discrimination-reports', element: coaching(<DiscriminationReportsRoute />) },
            { path: 'sector-tips', element: coaching(<SectorTipsRoute />) },
            { path: 'profile', element: applicants(<ProfileRoute />) },
            { path: 'account', element: <AccountRoute /> },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
