// Service Notification resource: push notification settings of one Conversation Service, fetch and update.
// Reference: 004:L13769-14245 (properties L13837-13872, example L13945-14020, update L14022-14098); guide
// 004:L28880-29290. Defaults: every type disabled (004:L28903), REST example templates, no sound (D-CFG-12; store.ts).
// The docs give no template or sound length limit (errors 50058/50059 exist without values), so none is enforced.
import type { FastifyRequest } from 'fastify';
import { accountOf } from '../auth.ts';
import type { FormParams } from '../form.ts';
import { formOf } from '../form.ts';
import { originOf, param } from '../scope.ts';
import type { NotificationSettings, ServiceState } from '../store/types.ts';
import * as v from '../validate.ts';
import type { AccountResource } from './resource.ts';
import { serviceOr404 } from './service.ts';

function render(service: ServiceState, request: FastifyRequest): Record<string, unknown> {
  const n = service.notifications;
  const membership = (s: NotificationSettings) => ({ enabled: s.enabled, template: s.template, sound: s.sound });
  return {
    account_sid: service.accountSid,
    chat_service_sid: service.sid,
    log_enabled: n.logEnabled,
    new_message: {
      enabled: n.newMessage.enabled,
      template: n.newMessage.template,
      badge_count_enabled: n.newMessage.badgeCountEnabled,
      sound: n.newMessage.sound,
      with_media: { enabled: n.newMessage.withMedia.enabled, template: n.newMessage.withMedia.template },
    },
    added_to_conversation: membership(n.addedToConversation),
    removed_from_conversation: membership(n.removedFromConversation),
    url: `${originOf(request)}/v1/Services/${service.sid}/Configuration/Notifications`,
  };
}

/** The booleans of a form, parsed; undefined when not sent. */
function flag(form: FormParams, name: string): boolean | undefined {
  const value = form.get(name);
  return value === undefined ? undefined : v.booleanParam(value, name);
}

/** Routes of the Service Notification resource. */
export const serviceNotificationResource: AccountResource = {
  name: 'ServiceNotification',
  register(routes) {
    const path = '/v1/Services/:ChatServiceSid/Configuration/Notifications';

    routes.get(path, (request) =>
      render(serviceOr404(request, accountOf(request), param(request, 'ChatServiceSid')), request),
    );

    // Partial update (D-CFG-10); wire names are PascalCase with dotted sub-keys (004:L28959-28972, L29283-29289).
    routes.post(path, (request) => {
      const service = serviceOr404(request, accountOf(request), param(request, 'ChatServiceSid'));
      const form = formOf(request);
      // Parse every boolean first so a bad value changes nothing.
      const flags = {
        log: flag(form, 'LogEnabled'),
        newMessage: flag(form, 'NewMessage.Enabled'),
        badge: flag(form, 'NewMessage.BadgeCountEnabled'),
        withMedia: flag(form, 'NewMessage.WithMedia.Enabled'),
        added: flag(form, 'AddedToConversation.Enabled'),
        removed: flag(form, 'RemovedFromConversation.Enabled'),
      };
      const text = (name: string): string | undefined => form.get(name);
      const n = service.notifications;
      const apply = (settings: NotificationSettings, prefix: string, enabled: boolean | undefined): void => {
        if (enabled !== undefined) settings.enabled = enabled;
        settings.template = text(`${prefix}.Template`) ?? settings.template;
        settings.sound = text(`${prefix}.Sound`) ?? settings.sound;
      };
      if (flags.log !== undefined) n.logEnabled = flags.log;
      apply(n.newMessage, 'NewMessage', flags.newMessage);
      if (flags.badge !== undefined) n.newMessage.badgeCountEnabled = flags.badge;
      if (flags.withMedia !== undefined) n.newMessage.withMedia.enabled = flags.withMedia;
      n.newMessage.withMedia.template = text('NewMessage.WithMedia.Template') ?? n.newMessage.withMedia.template;
      apply(n.addedToConversation, 'AddedToConversation', flags.added);
      apply(n.removedFromConversation, 'RemovedFromConversation', flags.removed);
      return render(service, request);
    });
  },
};
