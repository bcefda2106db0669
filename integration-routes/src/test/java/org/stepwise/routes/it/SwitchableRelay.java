package org.stepwise.routes.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loopback TCP relay in front of case-service that a test can switch off (connections are cut at
 * once, as when the service is down) and on again.
 */
final class SwitchableRelay implements AutoCloseable {

  private final ServerSocket server;
  private final int targetPort;
  private volatile boolean up;
  private final java.util.Set<Socket> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

  SwitchableRelay(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "relay");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Switched off, it also cuts the connections already open (clients keep them alive). */
  void up(boolean up) {
    this.up = up;
    if (!up) {
      for (Socket s : open) {
        try {
          s.close();
        } catch (IOException e) {
          // already closed
        }
      }
      open.clear();
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (!up) {
          client.close();
          continue;
        }
        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        open.add(client);
        open.add(target);
        pipe(client.getInputStream(), target.getOutputStream(), client, target);
        pipe(target.getInputStream(), client.getOutputStream(), client, target);
      } catch (IOException e) {
        // closed, or the target refused: the caller sees a failed connection
      }
    }
  }

  private static void pipe(InputStream in, OutputStream out, Socket a, Socket b) {
    Thread t =
        new Thread(
            () -> {
              try (a;
                  b) {
                in.transferTo(out);
              } catch (IOException e) {
                // one side closed
              }
            });
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
