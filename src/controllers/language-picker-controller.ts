import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { LanguagePicker } from '../components/timeline/language-picker.js';
import type { TimelineView } from '../components/timeline/timeline-view.js';
import { HkAiLanguageChangeEvent } from '../events.js';
import type { InterfaceLanguage } from '../model/languages.js';

export interface LanguagePickerHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly languagePicker: boolean;
  lang: string;
}

/**
 * The `language-picker` menu, as the timeline sees it: its module loaded the first time the attribute is set (most
 * pages have their own picker, and never load it); choosing a language sets `lang` and fires
 * `hk-ai-language-change`.
 */
export class LanguagePickerController implements ReactiveController {
  private _picker?: LanguagePicker;
  private _loading?: Promise<void>;

  constructor(private readonly _host: LanguagePickerHost) {
    this._host.addController(this);
  }

  hostUpdate(): void {
    if (!this._host.languagePicker) return;
    this._loading ??= import('../components/timeline/language-picker.js').then(({ LanguagePicker }) => {
      this._picker = new LanguagePicker(this._host.renderRoot);
      this._host.requestUpdate();
    });
  }

  render(view: TimelineView): TemplateResult | string {
    return (this._host.languagePicker && this._picker?.render(view, this._choose)) || '';
  }

  private readonly _choose = (lang: InterfaceLanguage): void => {
    this._host.lang = lang;
    this._host.dispatchEvent(new HkAiLanguageChangeEvent({ lang }));
  };
}
