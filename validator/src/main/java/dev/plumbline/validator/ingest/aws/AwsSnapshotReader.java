package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.NetworkReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an AWS describe-JSON snapshot (the layout Batfish reads, plus PrivateLink, ELBv2 and VPC
 * Lattice files; see docs/formats/aws-snapshot.md) into the network model.
 *
 * <p>Steps: find the region folders ({@link SnapshotLayout}); parse every {@code .json} file,
 * recognise it by its top-level keys and validate it against the schema of each key it holds
 * ({@link SnapshotLoader}); decide each folder's region ({@link RegionResolver}); map the files to
 * model elements, parsing every address and CIDR strictly. Keys that are not read, IPv6 content
 * and every assumption become notes of the result. Problems in any file are collected and thrown
 * together as one {@link BadInputException}, each naming its file and JSON pointer.
 *
 * <p>Each element's origin is its file, relative to the folder that holds {@code aws_configs/},
 * and the JSON pointer of its entry ({@code aws_configs/us-east-1/Vpcs.json#/Vpcs/0}).
 */
public final class AwsSnapshotReader implements NetworkReader {

    /** The {@link Ingested#format()} of what this reader returns. */
    public static final String FORMAT = "aws-describe-snapshot";

    @Override
    public Ingested read(Path input) throws BadInputException {
        IngestLog log = new IngestLog();
        SnapshotLayout layout = SnapshotLayout.resolve(input);
        log.notes(layout.notes());
        SnapshotLoader loader = new SnapshotLoader(layout, log);
        List<RegionSnapshot> regions = loader.load();
        RegionResolver resolver = new RegionResolver(log);
        regions.forEach(resolver::resolve);

        SnapshotIndex index = new SnapshotIndex(regions);
        NetworkSink sink = new NetworkSink(log);
        VpcMapper vpcs = new VpcMapper(log, index, sink);
        RouteTableMapper routeTables = new RouteTableMapper(log, index, sink);
        FilterMapper filters = new FilterMapper(log, sink);
        InterfaceMapper interfaces = new InterfaceMapper(log, index, sink);
        for (RegionSnapshot region : regions) {
            vpcs.map(region);
            routeTables.map(region);
            filters.map(region);
            interfaces.map(region);
        }
        EndpointMapper endpoints = new EndpointMapper(log, index, sink);
        regions.forEach(endpoints::mapServices);
        regions.forEach(endpoints::mapEndpoints);
        LoadBalancerMapper loadBalancers = new LoadBalancerMapper(log, index, sink);
        regions.forEach(loadBalancers::map);
        LatticeMapper lattice = new LatticeMapper(log, sink);
        regions.forEach(lattice::map);

        if (log.hasErrors()) {
            throw new BadInputException(log.errors());
        }
        return new Ingested(sink.build(), FORMAT, loader.sources(), log.notes());
    }
}
