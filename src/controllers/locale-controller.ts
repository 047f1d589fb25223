import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { translationFor, type Translation } from '../i18n/index.js';
import { resolveLanguage, type InterfaceLanguage } from '../model/languages.js';

/**
 * Resolves the language an element speaks: its own `lang`, else the closest ancestor's (across shadow roots),
 * else `<html lang>`, else the browser's languages, else English. Re-renders the host when any of these change.
 */
export class LocaleController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private _observer?: MutationObserver;
  private _current: InterfaceLanguage = 'en';
  /** The strings last handed to the host. */
  private _translation?: Translation;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this._host = host;
    host.addController(this);
  }

  /** The resolved interface language. */
  get language(): InterfaceLanguage {
    return this._current;
  }

  get translation(): Translation {
    return (this._translation = translationFor(this._current));
  }

  hostConnected(): void {
    // lang changes anywhere above the host are rare, so one subtree observer per element is cheap enough.
    this._observer = new MutationObserver(() => this._refresh());
    this._observer.observe(this._host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    if (this._host.getRootNode() !== this._host.ownerDocument) {
      this._observer.observe(this._host, { attributes: true, attributeFilter: ['lang'] });
    }
    window.addEventListener('languagechange', this._refresh);
    this._current = this._resolve();
  }

  /**
   * Resolves the language for this update: called by the host in `willUpdate`, so a `lang` set on the host shows
   * in the same update (and on the server, where @lit-labs/ssr calls no controller's `hostUpdate`).
   */
  update(): InterfaceLanguage {
    this._current = this._resolve();
    return this._current;
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    window.removeEventListener('languagechange', this._refresh);
  }

  /** Re-renders when the language changed, or its strings (a page registered new ones: `registerTranslation`). */
  private readonly _refresh = () => {
    const next = this._resolve();
    if (next !== this._current || translationFor(next) !== this._translation) {
      this._current = next;
      this._host.requestUpdate();
    }
  };

  private _resolve(): InterfaceLanguage {
    // On the server (@lit-labs/ssr) there is no tree above the host and no reader's browser: only `lang` counts.
    if (isServer) return resolveLanguage([this._host.lang]);
    return resolveLanguage([...ancestorLangs(this._host), ...navigator.languages]);
  }
}

/**
 * `lang` values from the element up to the document root, crossing shadow boundaries; empty ones are skipped.
 * The element's own comes from its property, which a reactive host reflects to the attribute only later.
 */
function* ancestorLangs(element: HTMLElement): Generator<string> {
  if (element.lang) yield element.lang;
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) yield node.getAttribute('lang') as string;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
}
