// Test helper: a TCP proxy in front of a real Neo4j that cuts the connection right after forwarding the first COMMIT,
// before the server's answer reaches the client: the commit takes effect, the client cannot know it did.
import net from 'node:net';

/** A Bolt COMMIT message as one chunk: size 2, tiny struct with no fields (0xB0), signature 0x12, end marker. */
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

export interface CommitCuttingProxy {
  uri: string;
  /** Start watching for commits (connecting and its checks pass untouched before). */
  arm(): void;
  /** How many connections were cut during a commit. */
  cuts(): number;
  close(): Promise<void>;
}

export async function commitCuttingProxy(target: string, cutsWanted = 1): Promise<CommitCuttingProxy> {
  const { hostname, port } = new URL(target.replace(/^[a-z0-9+]+:/i, 'http:'));
  let cut = 0;
  let armed = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    let cutting = false;
    client.on('data', (d) => {
      upstream.write(d);
      if (armed && !cutting && cut < cutsWanted && d.includes(COMMIT)) {
        cutting = true;
        cut++;
        // Give the server time to commit, then drop both ends without passing its SUCCESS on.
        setTimeout(() => {
          client.destroy();
          upstream.destroy();
        }, 300);
      }
    });
    upstream.on('data', (d) => {
      if (!cutting) client.write(d);
    });
    for (const s of [client, upstream]) {
      s.on('error', () => undefined);
      s.on('close', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${address.port}`,
    arm: () => {
      armed = true;
    },
    cuts: () => cut,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
