import { lazy } from 'preact-iso';
import type { AppRoute } from '../routes.tsx';
import './outreach.css';

/**
 * The screens load in one chunk when the first of them opens, so that the field app's first load stays
 * within its budget; the service worker precaches that chunk with the rest of the app, so every screen
 * still opens offline.
 */
const screens = () => import('./screens.ts');
const Today = lazy(() => screens().then((m) => m.TodayScreen));
const Find = lazy(() => screens().then((m) => m.FindScreen));
const Register = lazy(() => screens().then((m) => m.RegisterScreen));
const Person = lazy(() => screens().then((m) => m.PersonScreen));
const Consent = lazy(() => screens().then((m) => m.ConsentScreen));
const Dose = lazy(() => screens().then((m) => m.DoseScreen));
const Hesitancy = lazy(() => screens().then((m) => m.HesitancyScreen));
const HomeVisit = lazy(() => screens().then((m) => m.HomeVisitScreen));
const Pregnancy = lazy(() => screens().then((m) => m.PregnancyScreen));
const Delivery = lazy(() => screens().then((m) => m.DeliveryScreen));
const Postnatal = lazy(() => screens().then((m) => m.PostnatalScreen));

/** The health outreach screens of the field app. A new person's route comes before a person's. */
export const outreachRoutes: AppRoute[] = [
  { path: '/today', component: Today, nav: 'outreach.nav.today', needs: 'outreach.write' },
  { path: '/outreach/people', component: Find, nav: 'outreach.nav.find', needs: 'outreach.write' },
  { path: '/outreach/people/new', component: Register, needs: 'outreach.write' },
  { path: '/outreach/people/:id', component: Person, needs: 'outreach.write' },
  { path: '/outreach/people/:id/consent', component: Consent, needs: 'outreach.write' },
  { path: '/outreach/people/:id/dose', component: Dose, needs: 'outreach.write' },
  { path: '/outreach/people/:id/hesitancy', component: Hesitancy, needs: 'outreach.write' },
  { path: '/outreach/people/:id/home-visit', component: HomeVisit, needs: 'outreach.write' },
  { path: '/outreach/people/:id/pregnancy', component: Pregnancy, needs: 'outreach.write' },
  { path: '/outreach/people/:id/delivery', component: Delivery, needs: 'outreach.write' },
  { path: '/outreach/people/:id/postnatal', component: Postnatal, needs: 'outreach.write' },
];
