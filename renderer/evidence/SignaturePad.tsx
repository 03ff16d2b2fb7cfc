import { type PointerEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawnSignature } from '../../shared/evidence/index.js';

export const PAD = { width: 600, height: 200 } as const;

/**
 * A canvas to sign on with a mouse, a finger or a pen (pointer events; every coalesced point of a fast stroke
 * counts). The strokes are kept in the pad's own pixels and go to the backend as they are: the PDF draws them.
 */
export function SignaturePad(props: { strokes: number[][]; onChange(strokes: number[][]): void }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<number[] | undefined>(undefined);

  const pointOf = (event: PointerEvent<HTMLCanvasElement> | globalThis.PointerEvent) => {
    const box = canvas.current!.getBoundingClientRect();
    const x = Math.round(((event.clientX - box.left) / box.width) * PAD.width);
    const y = Math.round(((event.clientY - box.top) / box.height) * PAD.height);
    return [Math.min(PAD.width, Math.max(0, x)), Math.min(PAD.height, Math.max(0, y))];
  };
  const context = () => {
    const c = canvas.current?.getContext('2d');
    if (c) {
      c.lineWidth = 2.5;
      c.lineCap = 'round';
      c.lineJoin = 'round';
      c.strokeStyle = '#10206a';
    }
    return c;
  };

  function down(event: PointerEvent<HTMLCanvasElement>) {
    event.preventDefault();
    canvas.current?.setPointerCapture(event.pointerId);
    drawing.current = pointOf(event);
  }
  function move(event: PointerEvent<HTMLCanvasElement>) {
    const stroke = drawing.current;
    if (!stroke) return;
    const c = context();
    const events = event.nativeEvent.getCoalescedEvents?.() ?? [event.nativeEvent];
    for (const each of events.length ? events : [event.nativeEvent]) {
      const [x, y] = pointOf(each);
      if (x === stroke[stroke.length - 2] && y === stroke[stroke.length - 1]) continue;
      c?.beginPath();
      c?.moveTo(stroke[stroke.length - 2], stroke[stroke.length - 1]);
      c?.lineTo(x, y);
      c?.stroke();
      stroke.push(x, y);
    }
  }
  function up() {
    const stroke = drawing.current;
    drawing.current = undefined;
    if (stroke && stroke.length >= 2) props.onChange([...props.strokes, stroke]);
  }

  return (
    <canvas
      ref={canvas}
      className="signature-pad"
      width={PAD.width}
      height={PAD.height}
      role="img"
      aria-label={t('evidence.signature.pad')}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
    />
  );
}

export const drawnOf = (strokes: number[][]): DrawnSignature => ({ ...PAD, strokes });
