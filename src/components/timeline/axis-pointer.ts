/**
 * The time axis's gestures: zoom by keys, ctrl+wheel and pinch; pan by dragging; and the overview strip, whose
 * window can be dragged, clicked to, or moved with the keyboard as a slider. Part of the axis's chunk. Each surface
 * is one event listener object (`handleEvent`), bound in the template as `@wheel=${pointer.viewport}` and so on.
 */
import type { TimeAxis } from './time-axis.js';

export interface AxisPointerHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The keys that zoom on an event: `+` (or `=`) one step in, `-` one step out, `0` the whole axis. */
const ZOOM_KEYS: Partial<Record<string, 1 | -1 | 0>> = { '+': 1, '=': 1, '-': -1, '0': 0 };

export class AxisPointer {
  /** Words for the overview's visible period (`aria-valuetext`), from the last render. */
  describe: (start: number, end: number) => string = () => '';
  private readonly pointers = new Map<number, number>();
  private pinchDistance = 0;
  private dragged = false;
  /** Dragging the overview's window: the pointer, and where in the window (0–1 of the axis) it was grabbed. */
  private grab?: [pointer: number, offset: number];

  constructor(
    private readonly axis: TimeAxis,
    private readonly host: AxisPointerHost,
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
          if (zoom === 0) this.axis.zoomBy(0);
          else this.axis.step(zoom);
          return;
        }
        case 'wheel':
          // A plain wheel scrolls as usual; ctrl+wheel is also what a touchpad's pinch sends.
          if (!(event as WheelEvent).ctrlKey) return;
          event.preventDefault();
          this.axis.zoomBy(Math.exp(-(event as WheelEvent).deltaY * 0.01), this.offsetOf(pointer.clientX));
          return;
        case 'pointerdown':
          if (pointer.button !== 0 || (event.target as Element).closest('a, button')) return;
          this.pointers.set(pointer.pointerId, pointer.clientX);
          this.dragged = false;
          this.pinchDistance = this.pointerDistance();
          return;
        case 'pointermove': {
          const last = this.pointers.get(pointer.pointerId);
          if (last === undefined) return;
          if (this.pointers.size === 2) {
            this.pointers.set(pointer.pointerId, pointer.clientX);
            const distance = this.pointerDistance();
            const [a, b] = [...this.pointers.values()];
            if (this.pinchDistance > 0 && distance > 0)
              this.axis.zoomBy(distance / this.pinchDistance, this.offsetOf((a! + b!) / 2));
            this.pinchDistance = distance;
          } else if (pointer.pointerType === 'mouse') {
            const moved = pointer.clientX - last;
            if (!this.dragged && Math.abs(moved) < 4) return;
            if (!this.dragged) viewport.setPointerCapture(pointer.pointerId);
            this.dragged = true;
            viewport.scrollLeft -= moved;
            this.pointers.set(pointer.pointerId, pointer.clientX);
          }
          return;
        }
        case 'pointerup':
        case 'pointercancel':
          this.pointers.delete(pointer.pointerId);
          this.pinchDistance = this.pointerDistance();
          return;
        case 'click':
          // A drag ends with a click: it must not also select the event it ended on.
          if (this.dragged) event.stopPropagation();
          this.dragged = false;
      }
    },
  };

  /** The overview strip: press to move the window there and drag it; its window is a slider for the keyboard. */
  readonly overview = {
    handleEvent: (event: Event): void => {
      const pointer = event as PointerEvent;
      const strip = event.currentTarget as HTMLElement;
      const { width, from } = this.windowFraction();
      const at = () => {
        const box = strip.getBoundingClientRect();
        return box.width > 0 ? (pointer.clientX - box.left) / box.width : 0;
      };
      switch (event.type) {
        case 'pointerdown': {
          if (pointer.button !== 0) return;
          const point = at();
          const inside = point >= from && point <= from + width;
          this.grab = [pointer.pointerId, inside ? point - from : width / 2];
          strip.setPointerCapture(pointer.pointerId);
          if (!inside) this.axis.scrollToFraction(point - width / 2);
          event.preventDefault();
          strip.querySelector<HTMLElement>('.overview-window')?.focus({ preventScroll: true });
          return;
        }
        case 'pointermove':
          if (this.grab?.[0] === pointer.pointerId) this.axis.scrollToFraction(at() - this.grab[1]);
          return;
        case 'pointerup':
        case 'pointercancel':
          if (this.grab?.[0] === pointer.pointerId) this.grab = undefined;
          return;
        case 'keydown': {
          // Arrows move the window by a tenth of its width, Page keys by its width.
          const target = (
            {
              ArrowLeft: from - width / 10,
              ArrowDown: from - width / 10,
              ArrowRight: from + width / 10,
              ArrowUp: from + width / 10,
              PageDown: from - width,
              PageUp: from + width,
              Home: 0,
              End: 1,
            } as Partial<Record<string, number>>
          )[(event as KeyboardEvent).key];
          if (target === undefined) return;
          event.preventDefault();
          this.axis.scrollToFraction(target);
        }
      }
    },
  };

  /** Draws the visible window on the overview strip, and says where it is to assistive technology. */
  placeWindow(root: ParentNode, scrollLeft: number, viewportWidth: number, trackWidth: number): void {
    const handle = root.querySelector<HTMLElement>('.overview-window');
    if (!handle || trackWidth <= 0) return;
    handle.style.setProperty('--from', String(scrollLeft / trackWidth));
    handle.style.setProperty('--to', String(Math.min(1, (scrollLeft + viewportWidth) / trackWidth)));
    const room = trackWidth - viewportWidth;
    handle.setAttribute('aria-valuenow', String(room > 0 ? Math.round((scrollLeft / room) * 100) : 0));
    handle.setAttribute('aria-valuetext', this.describe(...this.axis.visibleRange()));
  }

  /** The visible window as fractions of the axis. */
  private windowFraction(): { width: number; from: number } {
    const track = this.axis.trackWidth || 1;
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport');
    return { width: Math.min(1, this.axis.viewportWidth / track), from: (viewport?.scrollLeft ?? 0) / track };
  }

  private offsetOf(clientX: number): number {
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport')!;
    return clientX - viewport.getBoundingClientRect().left;
  }

  private pointerDistance(): number {
    const [a, b] = [...this.pointers.values()];
    return a !== undefined && b !== undefined ? Math.abs(a - b) : 0;
  }
}
