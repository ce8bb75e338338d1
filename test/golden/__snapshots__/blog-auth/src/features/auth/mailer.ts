import type { Config } from '../../config.js';
import type { Logger } from '../../lib/logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Pass your own as `mailer` in AppDependencies (src/app.ts) to deliver mail for real. */
export interface Mailer {
  send: (message: MailMessage) => Promise<void>;
}

/** Development only: prints each message, reset token included, to the terminal instead of sending it. */
export function consoleMailer(): Mailer {
  return {
    send: async (message) => {
      process.stderr.write(`\n--- mail to ${message.to}: ${message.subject}\n${message.text}\n---\n`);
    },
  };
}

/**
 * The mailer when the app is given none: the console in development. Anywhere else nothing is sent and an error
 * is logged without the message body, because printing a reset token would put it in the logs.
 */
export function defaultMailer(config: Config, logger: Logger): Mailer {
  if (config.NODE_ENV === 'development') return consoleMailer();
  return {
    send: async (message) => {
      logger.error('mail not sent: no mailer configured (pass `mailer` in AppDependencies)', {
        subject: message.subject,
      });
    },
  };
}
