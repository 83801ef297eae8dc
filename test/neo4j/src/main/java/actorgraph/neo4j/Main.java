// Test-only launcher: starts Neo4j 5.26 LTS Community in this JVM with a Bolt connector on a free 127.0.0.1 port, prints
// its bolt:// URI on stdout when it accepts connections, and stops (deleting its temporary store) on SIGTERM, on
// stdin EOF (--watch-stdin: the parent holds the pipe) and when the process that started it exits.
package actorgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class Main {
  private static volatile DatabaseManagementService dbms;
  private static volatile Path home;

  public static void main(String[] args) throws Exception {
    boolean watchStdin = false;
    int port = 0; // 0: the OS picks a free port; we read back the one bound
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--watch-stdin" -> watchStdin = true;
        case "--port" -> port = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: Main [--watch-stdin] [--port N]");
          System.exit(2);
        }
      }
    }
    long started = System.nanoTime();
    home = Files.createTempDirectory("actorgraph-neo4j-");
    Runtime.getRuntime().addShutdownHook(new Thread(Main::stop, "neo4j-stop"));

    dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        // Netty's graceful shutdown waits 2 s of quiet and up to 15 s for it per event loop: stop at once instead.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
        .build();
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) throw new IllegalStateException("Neo4j did not become available in 2 minutes");
    HostnamePort bolt = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
    if (bolt == null) throw new IllegalStateException("Neo4j started without a Bolt connector");

    System.err.printf("neo4j-launcher: Neo4j %s ready in %d ms, store %s%n", org.neo4j.kernel.internal.Version.getNeo4jVersion(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), home);
    System.out.println("bolt://" + bolt.getHost() + ":" + bolt.getPort());
    System.out.flush();

    if (watchStdin) {
      Thread t = new Thread(() -> {
        try (InputStream in = System.in) {
          while (in.read() != -1) {} // the parent writes nothing; EOF means it closed the pipe or died
        } catch (IOException ignored) {
          // a broken pipe is the same news as EOF
        }
        System.err.println("neo4j-launcher: stdin closed, stopping");
        System.exit(0);
      }, "stdin-watch");
      t.setDaemon(true);
      t.start();
    }
    // The process that started us (a shell, npm, vitest): when it is gone, nobody will stop us, so stop.
    // (pid 1 means we were started detached, or the parent is already gone: nothing to watch then.)
    ProcessHandle.current().parent().filter(p -> p.pid() != 1).ifPresent(parent -> parent.onExit().thenRun(() -> {
      System.err.println("neo4j-launcher: parent process " + parent.pid() + " exited, stopping");
      System.exit(0);
    }));
    Thread.currentThread().join(); // until a shutdown hook or System.exit
  }

  private static synchronized void stop() {
    DatabaseManagementService d = dbms;
    dbms = null;
    if (d != null) {
      try {
        d.shutdown();
      } catch (RuntimeException e) {
        System.err.println("neo4j-launcher: shutdown: " + e);
      }
    }
    Path h = home;
    home = null;
    if (h != null) {
      try (Stream<Path> walk = Files.walk(h)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temp directory left behind is harmless
      }
    }
    System.err.println("neo4j-launcher: stopped");
  }
}
