/** Every outreach screen, in one chunk: the routes load it on the first outreach screen opened. */
export { DoseScreen } from './dose/dose-screen.tsx';
export { HesitancyScreen } from './hesitancy/hesitancy-screen.tsx';
export { HomeVisitScreen } from './home-visit/home-visit-screen.tsx';
export { PersonScreen } from './person/person-screen.tsx';
export { DeliveryScreen } from './pregnancy/delivery-screen.tsx';
export { PostnatalScreen } from './pregnancy/postnatal-screen.tsx';
export { PregnancyScreen } from './pregnancy/pregnancy-screen.tsx';
export { ConsentScreen } from './register/consent-screen.tsx';
export { FindScreen } from './register/find-screen.tsx';
export { RegisterScreen } from './register/register-screen.tsx';
export { TodayScreen } from './today/today-screen.tsx';
