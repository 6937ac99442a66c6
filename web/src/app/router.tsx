import { createBrowserRouter, Navigate } from 'react-router';
import { CasePage } from '../features/cases/components/CasePage';
import { CasesPage } from '../features/cases/components/CasesPage';
import { NewCasePage } from '../features/cases/components/NewCasePage';
import { AdminCasePage } from '../features/admin/components/AdminCasePage';
import { AdminCasesPage } from '../features/admin/components/AdminCasesPage';
import { AdminLayout } from '../features/admin/components/AdminLayout';
import { EditOrganizationPage } from '../features/admin/components/EditOrganizationPage';
import { OrganizationsPage } from '../features/admin/components/OrganizationsPage';
import { PeoplePage } from '../features/admin/components/PeoplePage';
import { SpecialtiesPage } from '../features/admin/components/SpecialtiesPage';
import { AvailabilityPage } from '../features/availability/components/AvailabilityPage';
import { DashboardPage } from '../features/dashboard/components/DashboardPage';
import { EncryptionSettingsPage } from '../features/encryption/components/EncryptionSettingsPage';
import { ForgotPassphrasePage } from '../features/encryption/components/ForgotPassphrasePage';
import { AcceptInvitationPage } from '../features/invitations/components/AcceptInvitationPage';
import { OnboardingPage } from '../features/onboarding/components/OnboardingPage';
import { OrganizationPage } from '../features/organization/components/OrganizationPage';
import { PatientsPage } from '../features/patients/components/PatientsPage';
import { ForgotPasswordPage } from '../features/security/components/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/security/components/ResetPasswordPage';
import { SignInPage } from '../features/session/components/SignInPage';
import { SetupPage } from '../features/setup/components/SetupPage';
import { PublicOnly, RequireAccess, RequireOnboarding, RequireSession, SetupGate } from './guards';
import { mayOpenOrganizationPage } from './NavItems';
import { NotFound, RouteError } from './RouteError';
import { SettingsPage } from './routes/SettingsPage';
import { Shell } from './Shell';

const isAdmin = (me: { role: string }) => me.role === 'ADMIN';
const isRequester = (me: { role: string }) => me.role === 'REQUESTER';
const isProvider = (me: { role: string }) => me.role === 'PROVIDER';

export const routes = [
  {
    element: <SetupGate />,
    errorElement: <RouteError />,
    children: [
      { path: 'setup', element: <SetupPage /> },
      { path: 'invite', element: <AcceptInvitationPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { element: <PublicOnly />, children: [{ path: 'signin', element: <SignInPage /> }] },
      {
        element: <RequireSession />,
        children: [
          { path: 'onboarding', element: <OnboardingPage /> },
          {
            element: <RequireOnboarding />,
            children: [
              {
                element: <Shell />,
                children: [
                  { index: true, element: <DashboardPage /> },
                  { path: 'cases', element: <CasesPage /> },
                  {
                    path: 'cases/new',
                    element: <RequireAccess allow={isRequester}><NewCasePage /></RequireAccess>,
                  },
                  { path: 'cases/:id', element: <CasePage /> },
                  {
                    path: 'patients',
                    element: <RequireAccess allow={isRequester}><PatientsPage /></RequireAccess>,
                  },
                  { path: 'settings', element: <SettingsPage /> },
                  { path: 'settings/encryption', element: <EncryptionSettingsPage /> },
                  {
                    path: 'settings/availability',
                    element: <RequireAccess allow={isProvider}><AvailabilityPage /></RequireAccess>,
                  },
                  { path: 'settings/encryption/forgot', element: <ForgotPassphrasePage /> },
                  {
                    path: 'organization',
                    element: <RequireAccess allow={mayOpenOrganizationPage}><OrganizationPage /></RequireAccess>,
                  },
                  {
                    path: 'admin',
                    element: <RequireAccess allow={isAdmin}><AdminLayout /></RequireAccess>,
                    children: [
                      { index: true, element: <Navigate to="people" replace /> },
                      { path: 'people', element: <PeoplePage /> },
                      { path: 'organizations', element: <OrganizationsPage /> },
                      { path: 'organizations/:id', element: <EditOrganizationPage /> },
                      { path: 'specialties', element: <SpecialtiesPage /> },
                      { path: 'cases', element: <AdminCasesPage /> },
                      { path: 'cases/:id', element: <AdminCasePage /> },
                    ],
                  },
                  { path: '*', element: <NotFound /> },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
