// Runs SPARQL queries with Apache Jena ARQ (the engine inside Fuseki) in one JVM, for
// tests/test_query_jena.py. Started as a single-file program: java -cp JARS RunQueries.java
//   DATA.trig DIR   -- answers every DIR/NAME.rq into DIR/NAME.srj (SPARQL results JSON).
// The data is parsed by Jena RIOT, as a Fuseki upload is. Each query sees the dataset that
// Fuseki builds from a protocol request listing every named graph as default-graph-uri and
// named-graph-uri, which is what `kg query --endpoint` sends (kg/remote.py).
// A query Jena refuses is reported on stderr and the exit code is 1.

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.query.DatasetFactory;

public class RunQueries {
    public static void main(String[] args) throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(data, args[0]);
        List<Node> graphs = new ArrayList<>();
        for (Iterator<Node> names = data.listGraphNodes(); names.hasNext(); ) {
            graphs.add(names.next());
        }
        DatasetGraph asSent = DynamicDatasets.dynamicDataset(graphs, graphs, data, false);
        List<Path> queries;
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        int failed = 0;
        for (Path file : queries) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            try (OutputStream out = new FileOutputStream(file.resolveSibling(name + ".srj").toFile())) {
                Query query = QueryFactory.create(Files.readString(file));
                try (QueryExecution exec =
                        QueryExecutionFactory.create(query, DatasetFactory.wrap(asSent))) {
                    if (query.isSelectType()) {
                        ResultSetFormatter.outputAsJSON(out, exec.execSelect());
                    } else if (query.isAskType()) {
                        ResultSetFormatter.outputAsJSON(out, exec.execAsk());
                    } else {
                        throw new IllegalArgumentException("only SELECT and ASK are run here");
                    }
                }
            } catch (Exception error) {
                failed++;
                System.err.println(name + ": " + error.getMessage());
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
