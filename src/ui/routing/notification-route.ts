import type { NotificationTarget } from '../../domain/notifications/notification';
import type { Route } from './route';

/** The screen a notification opens: the Governance tab, the person's actions, or one action. */
export function routeOfTarget(target: NotificationTarget): Route {
  switch (target.view) {
    case 'governance':
      return { name: 'governance', planId: target.planId };
    case 'my-actions':
      return { name: 'my-actions', planId: target.planId };
    case 'action':
      return { name: 'plan', planId: target.planId, actionId: target.actionId };
  }
}
