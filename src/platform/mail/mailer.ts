import nodemailer from 'nodemailer';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends the mail, or — with no SMTP server configured — writes it to the log instead. */
  send(mail: Mail): Promise<'sent' | 'logged'>;
}

/** Mail through the configured SMTP server (`GONGKAI_SMTP_URL`); without one, mail is logged. */
export function createMailer(
  settings: { smtpUrl: string | undefined; from: string },
  log: (message: string, mail: Mail) => void,
): Mailer {
  const transport = settings.smtpUrl ? nodemailer.createTransport(settings.smtpUrl) : null;
  return {
    async send(mail) {
      if (!transport || mail.to.length === 0) {
        log(mail.to.length === 0 ? '邮件无收件人，未发送' : '未配置 SMTP，邮件未发送', mail);
        return 'logged';
      }
      await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
      return 'sent';
    },
  };
}
