/**
 * Where outgoing e-mail goes. From environment variables, checked at start; a bad value stops
 * the start with a message that names the variable (never its value: SMTP_URL holds a password).
 *
 * | Variable  | Default                                   | Meaning                                                |
 * |-----------|-------------------------------------------|--------------------------------------------------------|
 * | SMTP_URL  | (none: the development mailbox, /dev/mail) | `smtp://user:password@host:587` (STARTTLS) or `smtps://…:465` |
 * | MAIL_FROM | `Stadhuis <noreply@stadhuis.localhost>`   | Sender address; required when SMTP_URL is set          |
 *
 * In production without SMTP_URL nothing is sent: every mail job fails with a clear error (and
 * is kept, to be retried once SMTP_URL is set). The development mailbox is never used there.
 */
import { ConfigError, type Config } from '../config/config.js';

export type MailSettings =
  | { transport: 'smtp'; url: string; from: string; /** host:port, for logs (no user or password). */ server: string }
  | { transport: 'dev-mailbox'; from: string }
  | { transport: 'none'; from: string };

type Env = Record<string, string | undefined>;

export const DEV_MAIL_FROM = 'Stadhuis <noreply@stadhuis.localhost>';

/** "name@domain" or "Display Name <name@domain>", on one line. */
const ADDRESS = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/;
const NAMED_ADDRESS = /^([^<>\r\n"]+|"[^"\r\n]+")\s*<([^<>\s]+)>$/;

export function isMailAddress(value: string): boolean {
  return value.length <= 320 && ADDRESS.test(value);
}

export function isSenderAddress(value: string): boolean {
  const named = NAMED_ADDRESS.exec(value);
  return named ? isMailAddress(named[2]!) : isMailAddress(value);
}

export function loadMailSettings(env: Env, nodeEnv: Config['nodeEnv']): MailSettings {
  const problems: string[] = [];
  const rawUrl = env.SMTP_URL?.trim();
  const rawFrom = env.MAIL_FROM?.trim();
  if (rawFrom !== undefined && rawFrom !== '' && !isSenderAddress(rawFrom)) {
    problems.push('MAIL_FROM moet een e-mailadres zijn, bijvoorbeeld noreply@gemeente.nl of "Gemeente Voorbeeld <noreply@gemeente.nl>"');
  }
  if (!rawUrl) {
    if (problems.length) throw new ConfigError(problems);
    return nodeEnv === 'production'
      ? { transport: 'none', from: rawFrom || DEV_MAIL_FROM }
      : { transport: 'dev-mailbox', from: rawFrom || DEV_MAIL_FROM };
  }
  let url: URL | undefined;
  try {
    url = new URL(rawUrl);
  } catch { /* reported below */ }
  const example = 'bijvoorbeeld smtp://gebruiker:wachtwoord@mail.example.nl:587 of smtps://gebruiker:wachtwoord@mail.example.nl:465';
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    problems.push(`SMTP_URL moet een smtp://- of smtps://-URL met een servernaam zijn (${example}); de waarde wordt niet getoond omdat er een wachtwoord in kan staan`);
  } else if (url.pathname && url.pathname !== '/') {
    problems.push(`SMTP_URL mag geen pad hebben (${example})`);
  }
  if (!rawFrom) problems.push('MAIL_FROM is verplicht als SMTP_URL is ingesteld (het afzenderadres, bijvoorbeeld noreply@gemeente.nl)');
  if (problems.length) throw new ConfigError(problems);
  const port = url!.port || (url!.protocol === 'smtps:' ? '465' : '587');
  return { transport: 'smtp', url: rawUrl, from: rawFrom!, server: `${url!.hostname}:${port}` };
}

const loaded = new WeakMap<Config, MailSettings>();

/** The settings for this configuration, read from the process environment once. */
export function mailSettings(config: Config): MailSettings {
  let settings = loaded.get(config);
  if (!settings) {
    settings = loadMailSettings(process.env, config.nodeEnv);
    loaded.set(config, settings);
  }
  return settings;
}
