// A QR code drawn as SVG from the same module matrix the printed receipt uses.
import { useMemo } from 'react';
import { qrSvgPath } from '../../shared/receipt/qr';

export function QrCode({ data, label, size = 240 }: { data: string; label: string; size?: number }) {
  // Four modules of quiet zone: phone cameras need the margin on a screen.
  const { path, box } = useMemo(() => qrSvgPath(data, 4), [data]);
  return (
    <svg
      className="qr-code"
      data-testid="qr-code"
      data-payload={data}
      width={size}
      height={size}
      viewBox={`0 0 ${box} ${box}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
