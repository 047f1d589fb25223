/**
 * The time axis's gestures: zoom by keys, ctrl+wheel and pinch; pan by dragging. Part of the axis's chunk. The
 * viewport's listener is one object (`handleEvent`), bound in the template as `@wheel=${pointer.viewport}` and so on.
 */
import type { TimeAxis } from './time-axis.js';

export interface AxisPointerHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The keys that zoom on an event: `+` (or `=`) one step in, `-` one step out, `0` the whole axis. */
const ZOOM_KEYS: Partial<Record<string, 1 | -1 | 0>> = { '+': 1, '=': 1, '-': -1, '0': 0 };

export class AxisPointer {
  private readonly _pointers = new Map<number, number>();
  private _pinchDistance = 0;
  private _dragged = false;

  constructor(
    private readonly _axis: TimeAxis,
    private readonly _host: AxisPointerHost,
  ) {}

  /** The viewport: ctrl+wheel and pinch zoom, a mouse drag pans (and the click that ends it selects nothing). */
  readonly viewport = {
    handleEvent: (event: Event): void => {
      const pointer = event as PointerEvent;
      const viewport = event.currentTarget as HTMLElement;
      switch (event.type) {
        case 'keydown': {
          const key = event as KeyboardEvent;
          const zoom = ZOOM_KEYS[key.key];
          if (zoom === undefined || key.altKey || key.ctrlKey || key.metaKey) return;
          if ((event.target as Element).closest('input')) return;
          event.preventDefault();
          if (zoom === 0) this._axis.zoomBy(0);
          else this._axis.step(zoom);
          return;
        }
        case 'wheel':
          // A plain wheel scrolls as usual; ctrl+wheel is also what a touchpad's pinch sends.
          if (!(event as WheelEvent).ctrlKey) return;
          event.preventDefault();
          this._axis.zoomBy(Math.exp(-(event as WheelEvent).deltaY * 0.01), this._offsetOf(pointer.clientX));
          return;
        case 'pointerdown':
          if (pointer.button !== 0 || (event.target as Element).closest('a, button')) return;
          this._pointers.set(pointer.pointerId, pointer.clientX);
          this._dragged = false;
          this._pinchDistance = this._pointerDistance();
          return;
        case 'pointermove': {
          const last = this._pointers.get(pointer.pointerId);
          if (last === undefined) return;
          if (this._pointers.size === 2) {
            this._pointers.set(pointer.pointerId, pointer.clientX);
            const distance = this._pointerDistance();
            const [a, b] = [...this._pointers.values()];
            if (this._pinchDistance > 0 && distance > 0)
              this._axis.zoomBy(distance / this._pinchDistance, this._offsetOf((a! + b!) / 2));
            this._pinchDistance = distance;
          } else if (pointer.pointerType === 'mouse') {
            const moved = pointer.clientX - last;
            if (!this._dragged && Math.abs(moved) < 4) return;
            if (!this._dragged) viewport.setPointerCapture(pointer.pointerId);
            this._dragged = true;
            viewport.scrollLeft -= moved;
            this._pointers.set(pointer.pointerId, pointer.clientX);
          }
          return;
        }
        case 'pointerup':
        case 'pointercancel':
          this._pointers.delete(pointer.pointerId);
          this._pinchDistance = this._pointerDistance();
          return;
        case 'click':
          // A drag ends with a click: it must not also select the event it ended on.
          if (this._dragged) event.stopPropagation();
          this._dragged = false;
      }
    },
  };

  private _offsetOf(clientX: number): number {
    const viewport = this._host.renderRoot.querySelector<HTMLElement>('.viewport')!;
    return clientX - viewport.getBoundingClientRect().left;
  }

  private _pointerDistance(): number {
    const [a, b] = [...this._pointers.values()];
    return a !== undefined && b !== undefined ? Math.abs(a - b) : 0;
  }
}
