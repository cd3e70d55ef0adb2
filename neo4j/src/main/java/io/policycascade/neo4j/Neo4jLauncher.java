package io.policycascade.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A real Neo4j Community server for policy-cascade, embedded with its Bolt connector, on 127.0.0.1.
 *
 * <p>Usage: {@code java -cp <classpath> io.policycascade.neo4j.Neo4jLauncher --data <dir> [--port <n>] [--host <h>]
 * [--page-cache-mb <n>] [--exit-on-stdin-eof]} with the password of user {@code neo4j} in {@code NEO4J_PASSWORD}.
 * Port 0 (the default) takes a free port. The data directory is kept, so a restart on the same directory and port
 * serves the same graph. When ready it prints exactly one line on stdout, a JSON object:
 * {@code {"event":"ready","uri":"bolt://127.0.0.1:PORT","user":"neo4j","version":"5.26.x","data":"<dir>"}}. It
 * stops cleanly (a checkpoint, then exit) on SIGTERM or SIGINT, and with {@code --exit-on-stdin-eof} also when its
 * parent closes stdin (the parent died), so a crashed test run never leaves a server behind.
 */
public final class Neo4jLauncher {
  private static final String USER = "neo4j";
  /** Neo4j's message when ALTER USER sets the password the user already has (a restart). */
  private static final String SAME_PASSWORD = "Old password and new password cannot be the same";

  private Neo4jLauncher() {}

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args, System.getenv());
    } catch (IllegalArgumentException error) {
      System.err.println("[neo4j-launcher] " + error.getMessage());
      System.exit(2);
      return;
    }
    Files.createDirectories(options.data());
    DatabaseManagementService dbms = build(options);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dbms), "neo4j-launcher-stop"));
    int port;
    String version;
    try {
      setPassword(dbms, options.password());
      port = boltPort(dbms);
      version = version(dbms);
    } catch (RuntimeException error) {
      // Neo4j's own threads keep the JVM alive: exit explicitly (the hook shuts the database down).
      System.err.println("[neo4j-launcher] cannot start: " + error);
      System.exit(1);
      return;
    }
    System.out.println(
        "{\"event\":\"ready\",\"uri\":\"bolt://" + options.host() + ":" + port + "\",\"user\":\"" + USER
            + "\",\"version\":\"" + version + "\",\"data\":" + jsonString(options.data().toString()) + "}");
    System.out.flush();
    if (options.exitOnStdinEof()) exitOnStdinEof();
  }

  private static DatabaseManagementService build(Options options) {
    return new DatabaseManagementServiceBuilder(options.data())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(options.host(), options.port()))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(options.host(), options.port()))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // Modest memory: the machines that run the tests have 2 cores shared by several processes.
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb()))
        // No usage reports to Neo4j's servers from a test or a developer's machine.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Only the transaction logs the last checkpoint needs: the data directory stays small across restarts.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
        // A stop waits 5 s twice for Bolt connections by default; the tests stop and restart it, so keep it short.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
        .build();
  }

  /**
   * Sets the password of user neo4j (no change demanded at first login). On a restart it may already be set: Neo4j
   * refuses to set the same password again, which is then no error.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException error) {
      if (!String.valueOf(error.getMessage()).contains(SAME_PASSWORD)) throw error;
    }
  }

  private static int boltPort(DatabaseManagementService dbms) {
    GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    ConnectorPortRegister ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    HostnamePort address = ports.getLocalAddress(ConnectorType.BOLT);
    if (address == null) throw new IllegalStateException("the Bolt connector did not start");
    return address.getPort();
  }

  private static String version(DatabaseManagementService dbms) {
    return dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
            Map.of(),
            result -> String.valueOf(result.next().get("version")));
  }

  private static void stop(DatabaseManagementService dbms) {
    dbms.shutdown();
    System.out.println("{\"event\":\"stopped\"}");
    System.out.flush();
  }

  /** Blocks until stdin ends (the parent closed the pipe or died), then exits, which runs the shutdown hook. */
  private static void exitOnStdinEof() {
    try (InputStream in = System.in) {
      byte[] buffer = new byte[256];
      while (in.read(buffer) >= 0) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone, too.
    }
    System.exit(0);
  }

  private static String jsonString(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }

  /** Command-line options; the password comes from the environment so it never shows in `ps`. */
  record Options(Path data, String host, int port, long pageCacheMb, boolean exitOnStdinEof, String password) {
    static Options parse(String[] args, Map<String, String> env) {
      Path data = null;
      String host = "127.0.0.1";
      int port = 0;
      long pageCacheMb = 128;
      boolean exitOnStdinEof = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--data" -> data = Path.of(value(args, ++i, arg)).toAbsolutePath();
          case "--host" -> host = value(args, ++i, arg);
          case "--port" -> port = number(value(args, ++i, arg), arg, 0, 65535);
          case "--page-cache-mb" -> pageCacheMb = number(value(args, ++i, arg), arg, 8, 65536);
          case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (data == null) throw new IllegalArgumentException("--data <dir> is required (the database directory)");
      String password = env.get("NEO4J_PASSWORD");
      if (password == null || password.length() < 8) {
        throw new IllegalArgumentException("NEO4J_PASSWORD must be set, at least 8 characters (Neo4j's minimum)");
      }
      return new Options(data, host, port, pageCacheMb, exitOnStdinEof, password);
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) throw new IllegalArgumentException(option + " needs a value");
      return args[index];
    }

    private static int number(String value, String option, int min, int max) {
      try {
        int parsed = Integer.parseInt(value);
        if (parsed >= min && parsed <= max) return parsed;
      } catch (NumberFormatException ignored) {
        // Reported below.
      }
      throw new IllegalArgumentException(option + " must be a number from " + min + " to " + max + ", got " + value);
    }
  }
}
