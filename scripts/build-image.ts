// Builds the emulator's container image on a machine that cannot pull from a registry (this project's CI): the same
// layout as the Dockerfile, but the root filesystem is assembled from this machine's Node binary, the shared
// libraries `ldd` says it needs, and the kit installed from its own packed tarball; `docker import` turns it into an
// image. Usage: node scripts/build-image.ts [IMAGE]   (default twilio-conversations-emulator:local)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The image name the tests and the README use. */
export const DEFAULT_IMAGE = 'twilio-conversations-emulator:local';

function run(command: string, args: string[], cwd = ROOT): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    stdio: ['ignore', 'pipe', 'pipe'], // npm pack lists every file on stderr: shown only when a command fails
  });
}

/** Copies `file` into `rootfs` at the same absolute path. */
function place(rootfs: string, file: string): void {
  const target = join(rootfs, file);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}

/** Builds the image and returns its name. */
export function buildImage(image = DEFAULT_IMAGE, log: (line: string) => void = console.log): string {
  const work = mkdtempSync(join(tmpdir(), 'emulator-image-'));
  try {
    log(`image: packing the kit`);
    run('npm', ['pack', '--pack-destination', work]);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    const rootfs = join(work, 'rootfs');
    const app = join(rootfs, 'app');
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'emulator-image', private: true, type: 'module' }));
    log('image: installing it with production dependencies only');
    run('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball)], app);
    // Node and the shared libraries it links (glibc, libstdc++, …), at their paths on this machine.
    const node = process.execPath;
    mkdirSync(join(rootfs, 'usr/local/bin'), { recursive: true });
    copyFileSync(node, join(rootfs, 'usr/local/bin/node'));
    for (const line of run('ldd', [node]).split('\n')) {
      const lib = /(\/[^\s]+)\s+\(0x/.exec(line)?.[1];
      if (lib) place(rootfs, lib);
    }
    for (const dir of ['tmp', 'etc']) mkdirSync(join(rootfs, dir), { recursive: true });
    writeFileSync(
      join(rootfs, 'etc/passwd'),
      'root:x:0:0:root:/root:/bin/false\nnode:x:1000:1000:node:/app:/bin/false\n',
    );
    writeFileSync(join(rootfs, 'etc/group'), 'root:x:0:\nnode:x:1000:\n');
    writeFileSync(join(rootfs, 'etc/hosts'), '127.0.0.1 localhost\n::1 localhost\n');
    const layer = join(work, 'rootfs.tar');
    run('tar', ['-C', rootfs, '-cf', layer, '.']);
    log(`image: importing ${image}`);
    run('docker', [
      'import',
      '--change',
      'WORKDIR /app',
      '--change',
      'ENV CONFORMANCE_HOST=0.0.0.0 CONFORMANCE_PORT=4010 CONFORMANCE_CLOCK=wall NODE_ENV=production PATH=/usr/local/bin',
      '--change',
      'EXPOSE 4010',
      '--change',
      'USER 1000',
      '--change',
      'ENTRYPOINT ["/usr/local/bin/node", "/app/node_modules/twilio-conversations-conformance/bin/conformance.js", "serve"]',
      layer,
      image,
    ]);
    return image;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(buildImage(process.argv[2] ?? DEFAULT_IMAGE));
}
