package app.consilium;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Consilium: one package per feature below this one (a modular monolith, verified by Spring Modulith).
 */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsiliumApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConsiliumApplication.class, args);
	}

}
