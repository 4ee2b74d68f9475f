package dev.plumbline.validator.ingest.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which table a separate Route resource belongs to: one of the plan's tables, the main table AWS
 * made with the VPC, or one the plan cannot tell, which is an error rather than a silent drop.
 */
class RouteTableMembershipTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String P = "urn:pulumi:dev::shop::";
    private static final String U = PulumiValues.UNKNOWN;
    private static final String OFFICE = "198.51.100.0/24";

    private static PulumiResource resource(String type, String name, String id, String inputs, String outputs,
            String propertyDependencies) throws JsonProcessingException {
        return new PulumiResource(P + type + "::" + name, type, name, true, "", id, JSON.readTree(inputs),
                JSON.readTree(outputs), null, JSON.readTree(propertyDependencies), Origin.of("plan.json", ""));
    }

    /** A VPC (main table rtb-0main00000000000 in an export), two application tables, and one more route. */
    private static PulumiMapper.Result map(boolean preview, String routeTableId, String dependencies) throws JsonProcessingException {
        String vpcId = preview ? U : "vpc-0a1b2c3d4e5f60718";
        List<PulumiResource> resources = new ArrayList<>();
        resources.add(resource("aws:ec2/vpc:Vpc", "shop", preview ? null : "vpc-0a1b2c3d4e5f60718", "{\"cidrBlock\":\"10.0.0.0/16\"}",
                preview ? "{}" : "{\"mainRouteTableId\":\"rtb-0main00000000000\"}", "{}"));
        for (String zone : List.of("a", "b")) {
            resources.add(resource("aws:ec2/routeTable:RouteTable", "app-" + zone, preview ? null : "rtb-0app" + zone + "000000000000",
                    "{\"vpcId\":\"" + vpcId + "\"}", "{}", "{\"vpcId\":[\"" + P + "aws:ec2/vpc:Vpc::shop\"]}"));
        }
        resources.add(resource("aws:ec2/route:Route", "office", preview ? null : "r-office",
                "{\"routeTableId\":\"" + routeTableId + "\",\"destinationCidrBlock\":\"" + OFFICE + "\",\"gatewayId\":\"igw-0a1b2c3d4e5f60718\"}",
                "{}", "{\"routeTableId\":" + dependencies + "}"));
        return PulumiMapper.map(resources, "us-east-1", Origin.of("plan.json", ""));
    }

    private static boolean hasOfficeRoute(RouteTable table) {
        return table.routes().stream().anyMatch(r -> r.destination().equals(new RouteDestination.Cidr(Prefix.parse(OFFICE))));
    }

    @Test
    void routeWhoseTableAPreviewCannotTell_isAnErrorNamingTheCandidates_notASilentDrop() throws JsonProcessingException {
        PulumiMapper.Result result = map(true, U, "[\"" + P + "aws:ec2/routeTable:RouteTable::app-a\",\"" + P
                + "aws:ec2/routeTable:RouteTable::app-b\"]");

        assertThat(result.network().routeTables()).noneMatch(RouteTableMembershipTest::hasOfficeRoute);
        assertThat(result.notes()).filteredOn(d -> d.severity() == Severity.ERROR).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("pulumi.unmappable");
            assertThat(d.message()).startsWith(P + "aws:ec2/route:Route::office: routeTableId: ").contains("which route table the route belongs to cannot be told from the plan")
                    .contains("(app-a, app-b)");
        });
        assertThat(result.notes()).extracting(Diagnostic::message).noneMatch(m -> m.contains("does not model"));
    }

    @Test
    void routeToTheVpcsMainTable_byTheIdTheVpcReports_isInTheMainTable() throws JsonProcessingException {
        PulumiMapper.Result result = map(false, "rtb-0main00000000000", "[\"" + P + "aws:ec2/vpc:Vpc::shop\"]");

        assertThat(result.network().routeTables()).filteredOn(RouteTable::main).singleElement()
                .satisfies(t -> assertThat(hasOfficeRoute(t)).isTrue());
        assertThat(result.notes()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void routeToTheVpcsMainTable_inAPreview_isInTheMainTable() throws JsonProcessingException {
        PulumiMapper.Result result = map(true, U, "[\"" + P + "aws:ec2/vpc:Vpc::shop\"]");

        assertThat(result.network().routeTables()).filteredOn(RouteTable::main).singleElement()
                .satisfies(t -> assertThat(hasOfficeRoute(t)).isTrue());
        assertThat(result.notes()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void routeToATableOutsideThePlan_isLeftOutWithANote() throws JsonProcessingException {
        PulumiMapper.Result result = map(false, "rtb-0elsewhere000000", "null");

        assertThat(result.network().routeTables()).noneMatch(RouteTableMembershipTest::hasOfficeRoute);
        assertThat(result.notes()).noneMatch(d -> d.severity() == Severity.ERROR)
                .anySatisfy(d -> assertThat(d.message()).contains("route table rtb-0elsewhere000000 is not in the plan"));
    }
}
