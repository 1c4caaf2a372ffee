/**
 * The reader's language: its messages and its formatting. One instance, shared through the app
 * context; a language switch replaces both at once.
 */
import { en, type Messages } from './en.ts';
import { Format } from './format.ts';

export class I18n {
  messages = $state.raw<Messages>(en);
  format = $state.raw<Format>(new Format(en));

  constructor(messages: Messages = en) {
    this.use(messages);
  }

  /** Shorthand for the messages: `i18n.m.actions.tour`. */
  get m(): Messages {
    return this.messages;
  }

  /** Shorthand for the formatter: `i18n.f.km(495)`. */
  get f(): Format {
    return this.format;
  }

  use(messages: Messages): void {
    this.messages = messages;
    this.format = new Format(messages);
  }
}
