package io.github.frivillig.core.validation.internal;

import java.lang.annotation.ElementType;
import java.util.Locale;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;

/**
 * The Hibernate Validator every {@code PolicyValidator} shares, which describes the field rules' violations. It holds
 * nothing of one validator's options, and building another would bootstrap it again and read the constraints of
 * every class again. It is built when this class is first used: when a policy first breaks a field rule.
 */
public final class ValidationEngine {

    /** The validator factory, configured for Frivillig's own messages. */
    public static final HibernateValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(TemplateOnly.INSTANCE)
            .traversableResolver(TraverseAll.INSTANCE)
            // Caching the answers of a resolver that always says yes costs a quarter of the validation time.
            .enableTraversableResolverResultCache(false)
            .buildValidatorFactory()
            .unwrap(HibernateValidatorFactory.class);

    private ValidationEngine() {
    }

    /**
     * Leaves Hibernate Validator's messages uninterpolated: Frivillig makes its own messages from the rule and
     * the offending value, so interpolating would be wasted work, and with it no expression language runs.
     */
    private enum TemplateOnly implements MessageInterpolator {
        INSTANCE;

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }

    /** Everything in a policy is reachable and cascadable: there is no lazy loading to guard against. */
    private enum TraverseAll implements TraversableResolver {
        INSTANCE;

        @Override
        public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }
    }
}
