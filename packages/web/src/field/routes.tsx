import type { AppRoute } from '../routes.tsx';
import { GroupsScreen } from './groups-screen.tsx';

/** The screens a group leader or field worker uses, offline; they load with the app. */
export const fieldRoutes: AppRoute[] = [{ path: '/', component: GroupsScreen, nav: 'nav.groups' }];
