/**
 * The development mailbox at /dev/mail: every mail the platform "sent" while no SMTP_URL is set,
 * with its text, HTML (shown safely) and attachments. Never registered when NODE_ENV=production.
 * The storage and the Mailer are in src/platform/mail; this module is the pages.
 */
import type { StadhuisModule } from '../../platform/http/types.js';
import { DevMailbox, mailSettings } from '../../platform/mail/index.js';
import { registerMailboxRoutes } from './routes.js';

export const mailboxModule: StadhuisModule = {
  name: 'mailbox',
  migrations: [],
  globalRoutes(app, platform) {
    if (platform.config.nodeEnv === 'production') return;
    const settings = mailSettings(platform.config);
    registerMailboxRoutes(app, platform, new DevMailbox(platform.database, settings.from), {
      smtpServer: settings.transport === 'smtp' ? settings.server : undefined,
    });
  },
};
