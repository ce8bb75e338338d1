import type { Config } from '../../config.js';
import type { Logger } from '../../lib/logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Replace createMailer (or what it returns) with one that delivers mail for real: SMTP, an email API, … */
export interface Mailer {
  send: (message: MailMessage) => Promise<void>;
  close: () => Promise<void>;
}

/** Development only: prints each message, reset token included, to the terminal instead of sending it. */
export function consoleMailer(): Mailer {
  return {
    send: async (message) => {
      process.stderr.write(`\n--- mail to ${message.to}: ${message.subject}\n${message.text}\n---\n`);
    },
    close: async () => {},
  };
}

/**
 * The mailer the app starts with: the console in development. Anywhere else nothing is sent and an error is
 * logged without the message body, because printing a reset token would put it in the logs.
 */
export function createMailer(config: Config, logger: Logger): Mailer {
  if (config.NODE_ENV === 'development') return consoleMailer();
  return {
    send: async (message) => {
      logger.error('mail not sent: no mailer configured (see src/features/auth/mailer.ts)', {
        subject: message.subject,
      });
    },
    close: async () => {},
  };
}
