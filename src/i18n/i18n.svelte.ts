/**
 * The reader's language: its messages, its formatting and the map's names. One instance, shared through the app
 * context; a language switch replaces both at once.
 */
import { en, type Messages } from './en.ts';
import { Format } from './format.ts';

export class I18n {
  messages = $state.raw<Messages>(en);
  format = $state.raw<Format>(new Format(en));
  /** The basemap's names in this language, by label id; English labels carry their own. */
  places = $state.raw<Readonly<Record<string, string>>>({});

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

  use(messages: Messages, places: Readonly<Record<string, string>> = {}): void {
    this.messages = messages;
    this.format = new Format(messages);
    this.places = places;
  }
}
