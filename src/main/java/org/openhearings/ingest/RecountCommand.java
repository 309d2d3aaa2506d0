package org.openhearings.ingest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.openhearings.store.AggregateRecount;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The operator's check of the aggregates: {@code RecountCommand [--repair]}. Counts every record again and
 * compares every statistics cell and facet count; prints the result as JSON and exits 1 if anything
 * differed and was not repaired.
 */
public final class RecountCommand {
    private RecountCommand() {
    }

    public static void main(String[] args) throws IOException {
        try (ApplicationContext context = ApplicationContext.run()) {
            System.exit(run(context, args, System.out));
        }
    }

    static int run(ApplicationContext context, String[] args, PrintStream out) throws IOException {
        boolean repair = args.length == 1 && args[0].equals("--repair");
        if (args.length > 1 || args.length == 1 && !repair) {
            out.println("usage: RecountCommand [--repair]");
            return 2;
        }
        AggregateRecount.Result result = context.getBean(AggregateRecount.class).run(repair);
        out.println(context.getBean(JsonMapper.class).writeValueAsString(result));
        return result.differences().isEmpty() || result.repaired() ? 0 : 1;
    }
}
