import { describe, expect, it } from 'vitest';
import { zipBombDocx } from '../../../test/fixtures/hostile/zip-bomb.js';
import { unpacksWithin } from './zip.js';

describe('ZIP containers (issue 13 §2)', () => {
  it('are opened only when they unpack within the limit', async () => {
    const small = await zipBombDocx(5);
    expect(unpacksWithin(small, 1024 * 1024)).toBe(true);
    const bomb = await zipBombDocx(20_000);
    expect(bomb.length).toBeLessThan(300_000);
    expect(unpacksWithin(bomb, 10 * 1024 * 1024)).toBe(false);
  });

  it('catch an archive that lies about its sizes', async () => {
    const bomb = Buffer.from(await zipBombDocx(20_000));
    // Rewrite every declared uncompressed size in the central directory to one byte.
    for (
      let at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at >= 0;
      at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    )
      bomb.writeUInt32LE(1, at + 24);
    expect(unpacksWithin(bomb, 10 * 1024 * 1024)).toBe(false);
  });

  it('refuse what is not a ZIP at all', () => {
    expect(unpacksWithin(Buffer.from('PK not really'), 1024)).toBe(false);
    expect(unpacksWithin(Buffer.alloc(0), 1024)).toBe(false);
  });
});
