package org.dateline.store.opensearch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real OpenSearch 2.19 node in the test JVM, on loopback (PLATFORM.md): HTTP through the Netty plugin and the
 * {@code english} analyzer from the common-analysis plugin. Alone it is a single-node cluster; given the transport
 * address of a first node, it joins that node's cluster as a data node.
 */
final class TestNode implements Closeable {
    static final String CLUSTER = "dateline-test";

    private final Node node;
    private final int httpPort;
    private final int transportPort;

    private TestNode(Node node, int httpPort, int transportPort) {
        this.node = node;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
    }

    /** A single-node cluster with its data under {@code home}. */
    static TestNode single(Path home) {
        return start("solo", home, Settings.builder().put("discovery.type", "single-node"));
    }

    /** The first node of a cluster that {@link #joining} nodes join: cluster manager and data. */
    static TestNode first(Path home) {
        return start("first", home, Settings.builder().putList("cluster.initial_cluster_manager_nodes", "first"));
    }

    /** A data node (it can never be the cluster manager) joining the cluster of {@code first}. */
    static TestNode joining(String name, Path home, TestNode first) {
        return start(name, home, Settings.builder()
                .putList("discovery.seed_hosts", "127.0.0.1:" + first.transportPort)
                .putList("node.roles", "data", "ingest"));
    }

    private static TestNode start(String name, Path home, Settings.Builder settings) {
        int http = freePort();
        int transport = freePort();
        Settings all = settings
                .put("cluster.name", CLUSTER)
                .put("node.name", name)
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", http)
                .put("transport.port", transport)
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Node node = new PluginNode(InternalSettingsPreparer.prepareEnvironment(all, Map.of(), null, () -> name));
        try {
            node.start();
        } catch (NodeValidationException e) {
            throw new IllegalStateException("the test node " + name + " did not start", e);
        }
        return new TestNode(node, http, transport);
    }

    /** The store address of indices named {@code prefix}-... on this node. */
    OpenSearchLocation location(String prefix, int shards, int replicas) {
        return new OpenSearchLocation("127.0.0.1", httpPort, prefix, shards, replicas, false, null, null);
    }

    /** Stops the node as a crash would look to the others: without handing its shards over. */
    @Override
    public void close() throws IOException {
        node.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node with the two plugins a Dateline store needs. */
    private static final class PluginNode extends Node {
        PluginNode(org.opensearch.env.Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
        }
    }
}
