/* logreg.c: logistic regression on a generated two-class dataset.
 *
 * Two Gaussian clouds in the plane (class 0 around (-1, -1), class 1 around
 * (+1, +1), standard deviation 1), 800 points to train on and 200 held out.
 * The model is p = sigma(w.x + b), trained by full-batch gradient descent on
 * the cross-entropy loss, whose gradient is (p - t) x: the sigmoid's own
 * derivative cancels, so only the forward pass is needed
 * (sigmoid_array_f32). The loss, for printing, is computed from the score
 * z itself with sigmoid_log_f32: -log sigma(z) for class 1 and
 * -log sigma(-z) = -log(1 - sigma(z)) for class 0, exact for every z,
 * with no clamping of p (log(p) of a rounded p is 0 or -inf for a
 * confident prediction; see README's binary cross-entropy). Deterministic (a fixed-seed xorshift generator); prints
 * loss and accuracy as it trains, and exits 1 if accuracy on the
 * held-out points is below 85% (the Bayes rate here is about 92%). */
#include <math.h>
#include <stdio.h>
#include "../sigmoid.h"

#define NTRAIN 800
#define NTEST 200
#define N (NTRAIN + NTEST)
#define EPOCHS 300
#define RATE 0.5f

static unsigned long long state = 0x2545F4914F6CDD1Dull;

static double uniform(void) /* in (0, 1) */
{
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return ((double)(state >> 11) + 0.5) / 9007199254740992.0;
}

static float gaussian(void) /* Box-Muller */
{
    return (float)(sqrt(-2.0 * log(uniform())) * cos(6.283185307179586 * uniform()));
}

/* binary cross-entropy of the score z against the label t in {0, 1} */
static double cross_entropy(float z, float t)
{
    return -(double)(t * sigmoid_log_f32(z) + (1.0f - t) * sigmoid_log_f32(-z));
}

static void evaluate(const float x[][2], const float *t, int first, int count, float w0,
                     float w1, float b, double *loss, double *accuracy)
{
    float z[N], p[N];
    int i, right = 0;
    for (i = 0; i < count; i++)
        z[i] = w0 * x[first + i][0] + w1 * x[first + i][1] + b;
    sigmoid_array_f32(z, p, (size_t)count);
    *loss = 0;
    for (i = 0; i < count; i++) {
        *loss += cross_entropy(z[i], t[first + i]) / count;
        right += (p[i] > 0.5f) == (t[first + i] > 0.5f);
    }
    *accuracy = (double)right / count;
}

int main(void)
{
    static float x[N][2], t[N], z[NTRAIN], p[NTRAIN];
    float w0 = 0, w1 = 0, b = 0;
    double loss, accuracy;
    int i, epoch;
    for (i = 0; i < N; i++) {
        t[i] = (float)(i % 2);
        x[i][0] = (t[i] > 0.5f ? 1.0f : -1.0f) + gaussian();
        x[i][1] = (t[i] > 0.5f ? 1.0f : -1.0f) + gaussian();
    }
    for (epoch = 0; epoch <= EPOCHS; epoch++) {
        float g0 = 0, g1 = 0, gb = 0;
        for (i = 0; i < NTRAIN; i++)
            z[i] = w0 * x[i][0] + w1 * x[i][1] + b;
        sigmoid_array_f32(z, p, NTRAIN);
        for (i = 0; i < NTRAIN; i++) { /* d(loss)/dz = p - t */
            g0 += (p[i] - t[i]) * x[i][0];
            g1 += (p[i] - t[i]) * x[i][1];
            gb += p[i] - t[i];
        }
        w0 -= RATE * g0 / NTRAIN;
        w1 -= RATE * g1 / NTRAIN;
        b -= RATE * gb / NTRAIN;
        if (epoch % 100 == 0) {
            evaluate(x, t, 0, NTRAIN, w0, w1, b, &loss, &accuracy);
            printf("epoch %3d: training loss %.4f, accuracy %.1f%%\n", epoch, loss, 100 * accuracy);
        }
    }
    evaluate(x, t, NTRAIN, NTEST, w0, w1, b, &loss, &accuracy);
    printf("held out: loss %.4f, accuracy %.1f%% (w = %.3f, %.3f, b = %.3f)\n", loss,
           100 * accuracy, (double)w0, (double)w1, (double)b);
    return accuracy >= 0.85 ? 0 : 1;
}
