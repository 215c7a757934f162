import type { AppRoute } from '../routes.tsx';
import { ElectionScreen } from './election/election-screen.tsx';
import { GroupScreen } from './group/group-screen.tsx';
import { GroupsScreen } from './groups-screen.tsx';
import { MeetingScreen } from './meeting/meeting-screen.tsx';
import { MemberFormScreen } from './member/member-form-screen.tsx';
import { MemberScreen } from './member/member-screen.tsx';
import './field.css';

/**
 * The screens a group leader or field worker uses, offline; they load with the app. A new member's
 * route comes before a member's, which would otherwise take "new" for her id.
 */
export const fieldRoutes: AppRoute[] = [
  { path: '/', component: GroupsScreen, nav: 'nav.groups' },
  { path: '/groups/:id', component: GroupScreen },
  { path: '/groups/:id/meeting', component: MeetingScreen },
  { path: '/groups/:id/election', component: ElectionScreen },
  { path: '/groups/:id/members/new', component: MemberFormScreen },
  { path: '/groups/:groupId/members/:personId', component: MemberScreen },
  { path: '/groups/:groupId/members/:personId/edit', component: MemberFormScreen },
];
