// A product's picture. Big photos from a phone are scaled down here before upload, so they fit the
// engine's 500 KB limit; the engine still checks size and real file type itself.
import { useState } from 'react';
import { call } from '../../api/client';
import { Banner } from '../../components/ui';
import { forgetProductImage } from '../../components/useProductImages';
import { useT } from '../../i18n';
import { messageOf } from './useCatalogLookups';

const MAX_BYTES = 512_000;
const MAX_SIDE = 800;
const ACCEPTED = ['image/png', 'image/jpeg', 'image/webp'] as const;
type ImageType = (typeof ACCEPTED)[number];

function isAccepted(type: string): type is ImageType {
  return (ACCEPTED as readonly string[]).includes(type);
}

/** Scales the picture to at most 800 px on its longest side and encodes it as JPEG. */
async function shrink(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encode'))), 'image/jpeg', 0.85),
  );
}

function base64Of(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

interface ProductImageProps {
  productId: number;
  image: string | null;
  onChange: (image: string | null) => void;
}

export function ProductImage({ productId, image, onChange }: ProductImageProps) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      let blob: Blob = file;
      let type = file.type;
      if (!isAccepted(type) || file.size > MAX_BYTES) {
        try {
          blob = await shrink(file);
          type = 'image/jpeg';
        } catch {
          // Not a picture the browser can read: send it anyway and let the engine say why.
        }
      }
      const result = await call('products.setImage', {
        productId,
        image: { mime: isAccepted(type) ? type : 'image/png', base64: base64Of(await blob.arrayBuffer()) },
      });
      forgetProductImage(productId);
      onChange(result.image);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      const result = await call('products.setImage', { productId, image: null });
      forgetProductImage(productId);
      onChange(result.image);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cat-image">
      <h3>{t('catalog.image.title')}</h3>
      {image ? (
        <img src={image} alt={t('catalog.image.alt')} data-testid="product-image" />
      ) : (
        <p className="muted">{t('catalog.image.none')}</p>
      )}
      <div className="cat-inline">
        <label className="btn btn-small">
          {image ? t('catalog.image.replace') : t('catalog.image.choose')}
          <input
            type="file"
            className="visually-hidden"
            accept="image/png,image/jpeg,image/webp"
            data-testid="product-image-file"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void upload(file);
            }}
          />
        </label>
        {image && (
          <button
            type="button"
            className="btn btn-small btn-danger"
            data-testid="product-image-remove"
            disabled={busy}
            onClick={() => void remove()}
          >
            {t('catalog.image.remove')}
          </button>
        )}
      </div>
      {error && (
        <Banner tone="error" testId="product-image-error">
          {error}
        </Banner>
      )}
    </div>
  );
}
